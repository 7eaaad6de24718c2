package cn.archive.api.review;

import cn.archive.ingest.extract.ArchiveNumbers;
import cn.archive.ingest.extract.ChineseDates;
import cn.archive.ingest.extract.CustomerTiers;
import cn.archive.ingest.extract.IndustryClassifier;
import cn.archive.ingest.extract.PhoneNumbers;
import cn.archive.ingest.extract.RegionResolver;
import cn.archive.ingest.index.IndexDocument;
import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.CustomerTier;
import cn.archive.ingest.record.CustomerType;
import cn.archive.ingest.record.DocumentType;
import cn.archive.ingest.record.Industry;
import cn.archive.ingest.record.Region;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks and normalises the fields a clerk sends from the review queue the way extraction does, with
 * extraction's own readers: phones to their normal form ({@link PhoneNumbers}), e-mail in lower
 * case, a province to its full name with its area ({@link RegionResolver}), an industry's section
 * name from its letter ({@link IndustryClassifier}), tiers in words or as the enum
 * ({@link CustomerTiers}), dates as ISO or as clerks write them ({@link ChineseDates}). Every bad
 * field is reported, not just the first, so the clerk fixes them in one go.
 */
@Component
class FieldNormalizer {

    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 300;
    static final int MAX_CONTACT = 64;
    static final int MAX_INDUSTRY_RAW = 100;
    static final int MAX_ARCHIVE_NO = 64;
    static final int MAX_EMAIL = 254;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("[0-9+()\\-\\s]+");
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}");
    private static final Pattern DATE_CHARACTERS = Pattern.compile("[0-9\\s年月日号/.\\-〇零一二三四五六七八九十]+");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final RegionResolver regions;
    private final IndustryClassifier industries;

    FieldNormalizer() {
        this.regions = new RegionResolver();
        this.industries = new IndustryClassifier();
    }

    /** One bad field: its path in the request and what to do about it. */
    record FieldError(String field, String message) {
    }

    /** The reviewable fields after normalisation; null where there is no value. */
    record Fields(String archiveNo, DocumentType documentType, LocalDate registeredOn, Customer customer) {
    }

    /** The normalised fields, or the errors when any field is bad (then {@code fields} is null). */
    record Result(Fields fields, List<FieldError> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Normalises {@code c}; {@code today} bounds the registration date. */
    Result normalize(FieldCorrection c, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (c.baseRevision() == null || c.baseRevision() < 1) {
            errors.add(new FieldError("baseRevision", "Send the revision you loaded (the record's \"revision\"), "
                    + "so a save by someone else meanwhile is not overwritten."));
        }
        String archiveNo = archiveNo(c.archiveNo(), errors);
        DocumentType type = enumValue("documentType", c.documentType(), DocumentType.class, v -> Optional.empty(), errors);
        LocalDate registeredOn = date(c.registeredOn(), today, errors);
        Customer customer = customer(c.customer(), errors);
        return new Result(errors.isEmpty() ? new Fields(archiveNo, type, registeredOn, customer) : null, List.copyOf(errors));
    }

    private Customer customer(FieldCorrection.CustomerFields c, List<FieldError> errors) {
        if (c == null) {
            return null;
        }
        String name = text("customer.name", c.name(), MAX_NAME, errors);
        CustomerType type = enumValue("customer.type", c.type(), CustomerType.class, v -> Optional.empty(), errors);
        CustomerTier tier = enumValue("customer.tier", c.tier(), CustomerTier.class, CustomerTiers::parse, errors);
        Industry industry = industry(c.industry(), errors);
        Region region = region(c.region(), errors);
        String address = text("customer.address", c.address(), MAX_ADDRESS, errors);
        String contact = text("customer.contactPerson", c.contactPerson(), MAX_CONTACT, errors);
        String phone = phone("customer.phone", c.phone(), PhoneNumbers::landline,
                "a landline with its area code, e.g. 0571-87654321", errors);
        String mobile = phone("customer.mobile", c.mobile(), PhoneNumbers::mobile,
                "an 11-digit mobile number, e.g. 13805712233", errors);
        String email = email(c.email(), errors);
        Customer customer = new Customer(name, type, tier, industry, region, address, contact, phone, mobile, email);
        return customer.equals(new Customer(null, null, null, null, null, null, null, null, null, null)) ? null : customer;
    }

    /** Trimmed, inner whitespace runs as one space; empty is no value; control characters are refused. */
    static String text(String field, String value, int max, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        if (CONTROL.matcher(value.replace('\n', ' ').replace('\t', ' ')).find()) {
            errors.add(new FieldError(field, "Contains control or invisible formatting characters; retype the value."));
            return null;
        }
        String s = SPACES.matcher(value.strip()).replaceAll(" ");
        if (s.codePointCount(0, s.length()) > max) {
            errors.add(new FieldError(field, "Longer than " + max + " characters; shorten it."));
            return null;
        }
        return s.isEmpty() ? null : s;
    }

    private static String archiveNo(String value, List<FieldError> errors) {
        String s = text("archiveNo", value, MAX_ARCHIVE_NO, errors);
        if (s == null) {
            return null;
        }
        Optional<String> number = ArchiveNumbers.fromValue(s);
        // The whole value must be the number: fromValue also finds one at the start of longer text.
        if (number.isEmpty() || IndexDocument.compact(number.get()).length() != s.replaceAll("[\\s\\-/._]", "").length()) {
            errors.add(new FieldError("archiveNo", "'" + s + "' is not an archive number; write it as printed, "
                    + "letters then digits, e.g. KH-2023-000417."));
            return null;
        }
        return number.get();
    }

    private static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type,
                                                   Function<String, Optional<E>> words, List<FieldError> errors) {
        String s = text(field, value, 50, errors);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s)) {
                return e;
            }
        }
        Optional<E> named = words.apply(s);
        if (named.isPresent()) {
            return named.get();
        }
        errors.add(new FieldError(field, "'" + s + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")) + "."));
        return null;
    }

    private static LocalDate date(String value, LocalDate today, List<FieldError> errors) {
        String s = text("registeredOn", value, 30, errors);
        if (s == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            // 2022年5月9日 as the paper has it; only a value that is nothing but a date.
            date = DATE_CHARACTERS.matcher(s).matches() ? ChineseDates.parse(s).orElse(null) : null;
        }
        if (date == null) {
            errors.add(new FieldError("registeredOn", "'" + s + "' is not a calendar date; write it as YYYY-MM-DD, "
                    + "e.g. 2022-05-09."));
            return null;
        }
        if (date.isAfter(today) || date.isBefore(EARLIEST)) {
            errors.add(new FieldError("registeredOn", date + " is " + (date.isAfter(today) ? "in the future" : "before 1900")
                    + "; check the date on the paper."));
            return null;
        }
        return date;
    }

    private Industry industry(FieldCorrection.IndustryFields i, List<FieldError> errors) {
        if (i == null) {
            return null;
        }
        String code = text("customer.industry.code", i.code(), 1, errors);
        String raw = text("customer.industry.raw", i.raw(), MAX_INDUSTRY_RAW, errors);
        if (code != null) {
            String letter = code.toUpperCase(Locale.ROOT);
            Optional<Industry> section = letter.matches("[A-T]") ? industries.classify(letter) : Optional.empty();
            if (section.isEmpty() || !section.get().code().equals(letter)) {
                errors.add(new FieldError("customer.industry.code", "'" + code + "' is not a GB/T 4754-2017 section; "
                        + "give its letter A to T (C is 制造业)."));
                return null;
            }
            // The clerk's section stands; the paper's words are kept as written.
            return new Industry(letter, section.get().name(), raw);
        }
        if (raw == null) {
            return null;
        }
        Optional<Industry> classified = industries.classify(raw);
        if (classified.isEmpty()) {
            errors.add(new FieldError("customer.industry.raw", "'" + raw + "' names no known industry; give the "
                    + "section letter in customer.industry.code."));
            return null;
        }
        return new Industry(classified.get().code(), classified.get().name(), raw);
    }

    private Region region(FieldCorrection.RegionFields r, List<FieldError> errors) {
        if (r == null) {
            return null;
        }
        String province = text("customer.region.province", r.province(), 30, errors);
        String city = text("customer.region.city", r.city(), 30, errors);
        String area = text("customer.region.area", r.area(), 10, errors);
        if (province != null) {
            Optional<Region> p = regions.resolve(province).filter(x -> x.province() != null);
            if (p.isEmpty()) {
                errors.add(new FieldError("customer.region.province", "'" + province + "' is not a province of China; "
                        + "write it like 浙江省 or 浙江."));
                return null;
            }
            return withCity(p.get(), city, errors);
        }
        if (city != null) {
            Optional<Region> c = regions.resolve(city).filter(x -> x.province() != null && x.city() != null);
            if (c.isEmpty()) {
                errors.add(new FieldError("customer.region.city", "'" + city + "' is not a city known to the division "
                        + "table; give the province too, or correct the city."));
                return null;
            }
            return c.get();
        }
        if (area != null) {
            Optional<Region> a = regions.resolve(area).filter(x -> x.province() == null && area.equals(x.area()));
            if (a.isEmpty()) {
                errors.add(new FieldError("customer.region.area", "'" + area + "' is not an area; one of 华北, 东北, 华东, "
                        + "华中, 华南, 西南, 西北, 港澳台, or give the province instead."));
                return null;
            }
            return a.get();
        }
        return null;
    }

    /** The province's region with the city given for it; the area always follows the province. */
    private Region withCity(Region province, String city, List<FieldError> errors) {
        boolean municipality = province.province().equals(province.city());
        if (city == null) {
            // A city typed into the province field (杭州) resolves to its province and keeps the city.
            return province;
        }
        if (municipality) {
            Optional<Region> elsewhere = regions.resolve(city).filter(x -> x.province() != null
                    && !x.province().equals(province.province()));
            if (elsewhere.isPresent()) {
                errors.add(new FieldError("customer.region.city", "'" + city + "' lies in " + elsewhere.get().province()
                        + ", not in " + province.province() + "."));
                return null;
            }
            return province;
        }
        Optional<Region> withCity = regions.resolve(province.province() + city)
                .filter(x -> x.city() != null && province.province().equals(x.province()));
        if (withCity.isEmpty()) {
            errors.add(new FieldError("customer.region.city", "'" + city + "' is not a city of " + province.province()
                    + "; correct it, or leave it empty."));
            return null;
        }
        return withCity.get();
    }

    /**
     * A phone number in its normal form, refused unless the whole value is that one number: the
     * readers also find a number inside longer text, which a typed field must not silently drop.
     */
    static String phone(String field, String value, Function<String, Optional<String>> reader, String example,
                        List<FieldError> errors) {
        String s = text(field, value, 30, errors);
        if (s == null) {
            return null;
        }
        String plain = Normalizer.normalize(s, Normalizer.Form.NFKC);
        Optional<String> number = PHONE_CHARACTERS.matcher(plain).matches() ? reader.apply(plain) : Optional.empty();
        if (number.isEmpty() || !isWholeValue(plain, number.get())) {
            errors.add(new FieldError(field, "'" + s + "' is not " + example + "."));
            return null;
        }
        return number.get();
    }

    /** The value's digits are the number's, with at most a country code (86, 0086) in place of the trunk 0. */
    private static boolean isWholeValue(String value, String number) {
        String in = value.replaceAll("[^0-9]", "");
        String out = number.replaceAll("[^0-9]", "");
        String national = out.startsWith("0") ? out.substring(1) : out;
        return in.equals(out) || in.equals("86" + national) || in.equals("0086" + national);
    }

    private static String email(String value, List<FieldError> errors) {
        String s = text("customer.email", value, MAX_EMAIL, errors);
        if (s == null) {
            return null;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(lower).matches()) {
            errors.add(new FieldError("customer.email", "'" + s + "' is not an e-mail address, e.g. wangjg@xhjm.com.cn."));
            return null;
        }
        return lower;
    }
}
