package cn.archive.ingest.extract;

import cn.archive.ingest.extract.Label.Field;
import cn.archive.ingest.extract.LabeledText.Found;
import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.CustomerTier;
import cn.archive.ingest.record.CustomerType;
import cn.archive.ingest.record.Industry;
import cn.archive.ingest.record.Region;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the customer (客户) block of a document: labelled values first, then patterns. */
final class CustomerReader {

    // OCR reads the dot before a top-level domain as a comma: "xuwz@vvrfub ,net" (tuning-0054).
    private static final Pattern COMMA_BEFORE_TLD = Pattern.compile("\\s*[,，]\\s*(?=(?:com|net|org|cn)\\b)",
            Pattern.CASE_INSENSITIVE);
    // An address starts with a letter or digit: "-yangvv@frt.cn" is a rule's end read before it (tuning-0101).
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    // Letters or digits, one space, and the local part of an address: "Zhangi j@qowr.cn" (tuning-0376).
    private static final Pattern SPLIT_LOCAL = Pattern.compile("(?<![a-z0-9._-])([a-z0-9][a-z0-9._-]*) ([a-z0-9._-]+)(?=@)");

    private static final Pattern COMMON_TLD = Pattern.compile(
            "\\.(?:com|cn|net|org|edu|gov|info|biz|cc|top|vip|xyz|ltd|hk|mo|tw|io|me|co|asia|mobi|name|pro|tv|us|uk|jp|sg)$");

    // A number right after a Chinese label and its colon: that label's value.
    private static final Pattern AFTER_OTHER_LABEL = Pattern.compile("(\\p{IsHan}\\s*[:：])\\s*[(（]?\\s*\\+?\\d[\\d()（）+ -]*");

    // A page's address read with words this confident may outweigh its re-reading (see surer).
    private static final double SURE_PAGE = 0.5;

    // Characters of an address that hold its province and city (广东省广州市, 乌鲁木齐市).
    private static final int PLACE_PREFIX = 6;

    // An industry by a keyword that is the whole value, or only part of it (the rest unread or unknown).
    private static final double KEYWORD = 0.9;
    private static final double PART_KEYWORD = 0.75;

    // An address read again names its place in this many Chinese characters at least (a province or city).
    private static final int ADDRESS_HAN = 4;

    private final RegionResolver regions;
    private final IndustryClassifier industries;

    CustomerReader(RegionResolver regions, IndustryClassifier industries) {
        this.regions = regions;
        this.industries = industries;
    }

    Customer read(LabeledText labels, Confidences conf) {
        return read(labels, conf, FieldRereads.ByLine.none());
    }

    /** As {@link #read(LabeledText, Confidences)}, with the values read again on their own ({@link FieldRereads}). */
    Customer read(LabeledText labels, Confidences conf, FieldRereads.ByLine rereads) {
        String free = labels.unlabelledText();
        Optional<Found<String>> name = name(labels, conf, rereads, regions);
        Optional<String> lone = name.isPresent() && !partyNamedNoCompany(name.get()) ? Optional.empty()
                : correctedUnlabelled(unlabelledName(free, conf), labels, rereads, conf);
        if (lone.isPresent()) {
            name = Optional.empty(); // "甲方（盖章）：区奇人十齐)": the page's one company, not the signature line's scrawl
        }
        CustomerType type = lone.isPresent() ? CustomerType.COMPANY : type(labels, name, conf);
        lone.ifPresent(n -> conf.put("customer.type", Evidence.INFERRED));

        Optional<Found<CustomerTier>> tier = labels.first(Field.TIER, CustomerTiers::parse)
                .or(() -> labels.first(Field.TYPE, CustomerTiers::parse));
        tier = checkedOrReread(tier, labels, rereads, conf, Field.TIER, FieldRereads.TIER, CustomerTiers::parse,
                t -> 1.0, t -> t);
        if (tier.isEmpty()) {
            tier = piecedTier(labels, rereads, conf);
        }
        Optional<CustomerTier> wholeTier = tier.isPresent() ? Optional.empty() : CustomerTiers.lone(free);
        wholeTier.ifPresent(t -> conf.put("customer.tier", Evidence.PATTERN));
        // A tier phrase with a character misread and no label: two guesses, for a clerk's look.
        Optional<CustomerTier> slippedTier = tier.isPresent() || wholeTier.isPresent() ? Optional.empty()
                : CustomerTiers.loneSlipped(free);
        slippedTier.ifPresent(t -> conf.put("customer.tier", Evidence.PATTERN.factor * DISAGREE));
        Optional<CustomerTier> loneTier = wholeTier.or(() -> slippedTier);

        Optional<Found<Industry>> industry = labels.first(Field.INDUSTRY, industries::classify);
        // A value that may be the head of a longer one (商业 of 商业银行) is taken from its box's readings where they
        // name one: they hold the rest the page lost (tuning-0543).
        Optional<Found<Industry>> whole = industry.filter(i -> industries.mayBeCut(i.value().raw()))
                .flatMap(i -> reread(labels, rereads, conf, Field.INDUSTRY, FieldRereads.INDUSTRY, industries::classify,
                        this::industryFactor, Industry::code));
        industry = whole.isPresent() ? whole : checkedOrReread(industry, labels, rereads, conf, Field.INDUSTRY,
                FieldRereads.INDUSTRY, industries::classify, this::industryFactor, Industry::code);

        Optional<Industry> loneIndustry = industry.isPresent() ? Optional.empty() : industryAfterLatinLabel(labels, conf);

        Optional<Found<String>> address = labels.first(Field.ADDRESS, v -> Optional.of(v).filter(a -> a.length() >= 4));
        address.ifPresent(a -> conf.put("customer.address", a.hit().evidence()));
        // An address the page read as Latin letters ("住址 : KTH EX LURE 663 =", tuning-0945): its cell read in Chinese.
        Optional<FieldRereads.Reread<String>> addressAgain = address.filter(a -> !TextNormalizer.hasHan(a.value()))
                .flatMap(a -> FieldRereads.first(labels, rereads, Field.ADDRESS, FieldRereads.ADDRESS, this::placedAddress,
                        v -> regions.fromAddress(v).orElseThrow(), DISAGREE));
        if (addressAgain.isPresent()) {
            FieldRereads.Reread<String> r = addressAgain.get();
            address = Optional.of(new Found<>(r.value(), r.hit().withValue(r.value(), r.hit().valueEnd())));
            conf.put("customer.address", r.hit().evidence(), r.confidence());
        }
        Optional<Found<String>> contact = labels.first(Field.CONTACT, CustomerNames::person);
        contact.ifPresent(c -> conf.put("customer.contactPerson", c.hit().evidence()));

        // A mobile written under 电话, or a landline under 手机, is still that kind of number.
        // An unread landline's one re-reading is vouched for by the address: its area code is the address's city.
        Optional<Region> addressed = address.flatMap(a -> regions.fromAddress(a.value())).filter(r -> r.city() != null);
        Predicate<String> ofTheAddress = p -> addressed.isPresent() && PhoneNumbers.areaCode(p).flatMap(regions::fromAreaCode)
                .filter(r -> addressed.get().city().equals(r.city())).isPresent();
        String phone = labelled(labels, conf, rereads, "customer.phone", PhoneNumbers::landline, ofTheAddress, Field.PHONE, Field.MOBILE)
                .orElseGet(() -> unique(conf, "customer.phone", PhoneNumbers.landlines(withoutOtherLabelsValues(free))));
        String mobile = labelled(labels, conf, rereads, "customer.mobile", PhoneNumbers::mobile, m -> false, Field.MOBILE, Field.PHONE)
                .orElseGet(() -> unique(conf, "customer.mobile", PhoneNumbers.mobiles(withoutOtherLabelsValues(free))));
        if (mobile != null && besideAnotherAreasLandline(labels, mobile, phone)) {
            mobile = null; // another party's mobile, whose own label OCR garbled: absent beats wrong
            conf.remove("customer.mobile");
        }
        String email = labelledEmail(labels, conf, rereads)
                .orElseGet(() -> unique(conf, FieldRereads.EMAIL, emails(free)));
        if (email != null && !commonTopLevelDomain(email)) {
            // "ajmcu.cr" for ajmcu.cn (tuning-0494): put right where one usual domain is a letter away, and
            // either way left for a clerk's look
            email = EmailAddresses.usualTld(email).orElse(email);
            conf.scale(FieldRereads.EMAIL, DISAGREE);
        }
        Optional<String> ell = email == null ? Optional.empty() : EmailAddresses.onesAsL(email);
        if (ell.isPresent()) {
            email = ell.get(); // "cheny1@" for chenyl (tuning-0989): a lone 1 among letters, for a clerk's look
            conf.scale(FieldRereads.EMAIL, DISAGREE);
        }

        if (phone != null && !(PhoneNumbers.plausibleLocal(phone) && PhoneNumbers.areaCode(phone).flatMap(regions::fromAreaCode).isPresent())) {
            conf.scale("customer.phone", DISAGREE); // no such exchange (unknown area code, 7 digits after 010/02x): misread
        }
        Region region = region(labels, address.map(Found::hit).orElse(null), phone, conf,
                addressAgain.map(FieldRereads.Reread::confidence));
        Region paper = papersCity(region, phone);
        name = name.map(n -> asCompanysName(n, rereads, conf, paper));
        String customerName = name.map(Found::value).or(() -> lone).orElse(null);
        // 全称苏州…有限公司: the label's word is no part of the name, which opens with its place.
        customerName = customerName == null ? null : CompanyNames.withoutLabelWord(customerName, regions).orElse(customerName);
        // 哈尔演正泰… on a paper whose address or landline is of 哈尔滨: the name's city misread by one character.
        customerName = customerName == null ? null
                : regions.withCityRepaired(customerName, paper).orElse(customerName);
        // 乌曾木齐中和… on a ledger that names no place: one city alone is that near; a clerk looks.
        Optional<String> near = customerName == null || region != null ? Optional.empty()
                : regions.withOnlyNearCityRepaired(customerName);
        if (near.isPresent()) {
            customerName = near.get();
            conf.scale("customer.name", DISAGREE);
        }
        return new Customer(customerName, type, tier.map(Found::value).or(() -> loneTier).orElse(null),
                industry.map(Found::value).or(() -> loneIndustry).orElse(null), region, address.map(Found::value).orElse(null),
                contact.map(Found::value).orElse(null), phone, mobile, email);
    }

    /**
     * The industry of a form whose industry label OCR read as Latin ("ARR: 建筑工程", tuning-0064): a
     * value after a Latin-read label that an industry keyword names whole, not a company's name, and
     * the only section so named on the paper.
     */
    private Optional<Industry> industryAfterLatinLabel(LabeledText labels, Confidences conf) {
        List<Industry> named = labels.afterLatinLabels().stream()
                .filter(v -> industries.keywordIsWholeValue(v) && !CustomerNames.isOrganisation(v))
                .map(industries::classify).flatMap(Optional::stream).toList();
        if (named.isEmpty() || named.stream().map(Industry::code).distinct().count() > 1) {
            return Optional.empty();
        }
        conf.put("customer.industry", Evidence.PATTERN.factor * KEYWORD, named.get(0).raw());
        return Optional.of(named.get(0));
    }

    /**
     * The customer's name where no name label was read: the company a contract's preamble calls 甲方, else
     * the one company on the paper, else a contract's first party.
     */
    private static Optional<CompanyNames.Unlabelled> unlabelledName(String free, Confidences conf) {
        Optional<CompanyNames.Unlabelled> found = CompanyNames.unlabelled(free);
        found.ifPresent(n -> conf.put("customer.name", n.evidence(), n.name()));
        return found;
    }

    /**
     * The company the paper names without a label ({@code lone}), its doubtful characters put right from the larger
     * model's readings of its words' box as a labelled name's are ({@link NameCorrection#fromReadings}): a contract
     * whose 甲方 label OCR garbled ("Hy (BE). 太原电感建设工程有限公司", tuning-0054) still has its name read by the
     * page's model, which cannot read 鼎. Where the readings dispute it, half its confidence.
     */
    private Optional<String> correctedUnlabelled(Optional<CompanyNames.Unlabelled> found, LabeledText labels,
                                                 FieldRereads.ByLine rereads, Confidences conf) {
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String name = found.get().name();
        Optional<String> lone = Optional.of(name);
        int line = CompanyNames.lineOf(labels.lines(), name);
        List<FieldReading> again = rereads.all(line, FieldRereads.NAME);
        Optional<FieldReading> large = again.stream().filter(r -> FieldReading.LARGE_MODEL.equals(r.model())).findFirst();
        Optional<double[]> perChar = conf.perCharacter(line, name);
        if (large.isEmpty() || perChar.isEmpty()) {
            return lone;
        }
        Optional<FieldReading> bold = again.stream().filter(r -> FieldReading.BOLD.equals(r.model())).findFirst();
        int place = regions.openingPlace(name).map(String::length).orElse(0);
        Optional<NameCorrection.Corrected> fixed = NameCorrection.fromReadings(name, perChar.get(), large.get(), bold, place)
                .filter(c -> CustomerNames.legalForm(c.name()).isPresent());
        if (fixed.isPresent()) {
            conf.put(FieldRereads.NAME, found.get().evidence(), fixed.get().confidence());
            return Optional.of(fixed.get().name());
        }
        if (NameCorrection.disputed(name, perChar.get(), large.get(), bold)) {
            conf.scale(FieldRereads.NAME, DISAGREE);
        }
        return lone;
    }

    /**
     * A company's name as the law says it opens (企业名称 = 行政区划 + 字号 + …, {@link CompanyNames}): with the place a
     * reading of its box gives where the page read no place and that place is the paper's own ({@code paper}).
     * Any other name as it is.
     */
    private Found<String> asCompanysName(Found<String> name, FieldRereads.ByLine rereads, Confidences conf, Region paper) {
        Optional<NameCorrection.Corrected> placed = conf.perCharacter(name.hit(), name.value())
                .flatMap(perChar -> CompanyNames.placeFromReadings(name.value(), perChar,
                        rereads.all(name.hit().line(), FieldRereads.NAME), paper, regions));
        placed.ifPresent(c -> conf.put(FieldRereads.NAME, name.hit().evidence(), c.confidence()));
        return placed.map(c -> new Found<>(c.name(), name.hit())).orElse(name);
    }

    /**
     * True for a name a contract's party label (甲方, 委托方) gave that is no organisation's: a party to a
     * 业务约定书 whose 甲方 line OCR misread ("四方: 宁波宏远…有限公司", tuning-0622) leaves only the signature
     * line's "甲方（盖章）：" with a seal or scrawl after it. The company the paper names on its own is the
     * better reading then ({@link #unlabelledName}); with none, the label's value stays.
     */
    private static boolean partyNamedNoCompany(Found<String> name) {
        return name.hit().label().flags().contains("party") && !CustomerNames.isOrganisation(name.value());
    }

    private double industryFactor(Industry industry) {
        return industries.isExplicit(industry.raw()) ? 1.0
                : industries.keywordIsWholeValue(industry.raw()) && !industries.mayBeCut(industry.raw()) ? KEYWORD : PART_KEYWORD;
    }

    /**
     * The labelled name: as the page read it when that is a plausible name, else its box read again
     * in Chinese when that is ("BASE" on the page, 胡海燕 read again), else the page's reading.
     */
    private static Optional<Found<String>> name(LabeledText labels, Confidences conf, FieldRereads.ByLine rereads,
                                                RegionResolver places) {
        return labelledName(labels, conf, rereads, places).map(n -> withWholeLegalForm(n, labels, conf, rereads))
                .map(n -> likelierPerson(n, conf, rereads));
    }

    /**
     * A person's name whose given name holds a character rare in names where a sure reading of its box reads a
     * common one there ({@link PersonNames#likelier}: 高舌 read 高磊 by the larger model), that reading's name, never
     * trusted (its confidence times {@link #DISAGREE}); else the name as it is.
     */
    private static Found<String> likelierPerson(Found<String> name, Confidences conf, FieldRereads.ByLine rereads) {
        if (name.hit().label().impliedType() == CustomerType.COMPANY) {
            return name;
        }
        Optional<String> likelier = PersonNames.likelier(name.value(), rereads.all(name.hit().line(), FieldRereads.NAME));
        likelier.ifPresent(n -> conf.scale(FieldRereads.NAME, DISAGREE));
        return likelier.map(n -> new Found<>(n, name.hit())).orElse(name);
    }

    /**
     * The name as read where it ends well; where its legal form lost a character
     * ({@link CustomerNames#stemOfBrokenLegalForm}), that form as a re-reading of its box or another line
     * of the paper writes it whole after the same characters, with the lesser of the two confidences;
     * where none does, the name as read with its confidence times {@link #DISAGREE}: a clerk completes it.
     */
    private static Found<String> withWholeLegalForm(Found<String> name, LabeledText labels, Confidences conf,
                                                    FieldRereads.ByLine rereads) {
        Optional<String> stem = CustomerNames.stemOfBrokenLegalForm(name.value());
        if (stem.isEmpty()) {
            return name;
        }
        for (FieldReading r : rereads.all(name.hit().line(), FieldRereads.NAME)) {
            Optional<String> whole = CustomerNames.completedLegalForm(stem.get(), FieldRereads.chineseText(r));
            if (whole.isPresent()) {
                double factor = name.hit().evidence().factor;
                conf.put(FieldRereads.NAME, name.hit().evidence(), Math.min(conf.of(FieldRereads.NAME) / factor, r.confidence()));
                return new Found<>(whole.get(), name.hit());
            }
        }
        for (int i = 0; i < labels.lines().size(); i++) {
            Optional<String> whole = i == name.hit().line() ? Optional.empty()
                    : CustomerNames.completedLegalForm(stem.get(), labels.lines().get(i));
            if (whole.isPresent()) {
                return new Found<>(whole.get(), name.hit());
            }
        }
        conf.scale(FieldRereads.NAME, DISAGREE);
        return name;
    }

    private static Optional<Found<String>> labelledName(LabeledText labels, Confidences conf, FieldRereads.ByLine rereads,
                                                        RegionResolver places) {
        Optional<Found<String>> page = labels.first(Field.NAME, CustomerNames::clean);
        Function<String, Optional<String>> plausible = v -> CustomerNames.clean(CustomerNames.afterNameLabel(v))
                .filter(FieldRereads::plausibleName);
        if (page.isPresent() && FieldRereads.plausibleName(page.get().value()) && !CustomerNames.garbled(page.get().value())) {
            putNameConfidence(page.get(), labels, conf, places);
            return Optional.of(corrected(page.get(), rereads, conf, places));
        }
        Optional<Found<String>> again = reread(labels, rereads.withoutPersonsOwn(), conf, Field.NAME, FieldRereads.NAME, plausible);
        if (again.isPresent()) {
            return again;
        }
        page.ifPresent(n -> conf.put("customer.name", n.hit()));
        return page;
    }

    /**
     * The confidence of the name as the page read it: its words' least × its label's evidence; for a company's name,
     * the least of the words outside what the paper confirms of it ({@link CompanyNames#confirmed}: its legal form read
     * whole, the place the address names too). 有限公司 read in a word of 0.41, or 南京 at 0.3 on a paper whose address is
     * in 南京, is no doubt about the name: a misread form is no form, and two places of the paper agree.
     */
    private static void putNameConfidence(Found<String> name, LabeledText labels, Confidences conf, RegionResolver places) {
        String value = name.value();
        Optional<double[]> perChar = conf.perCharacter(name.hit(), value);
        if (CustomerNames.legalForm(value).isEmpty() || perChar.isEmpty() || perChar.get().length != value.length()) {
            conf.put(FieldRereads.NAME, name.hit());
            return;
        }
        conf.put(FieldRereads.NAME, name.hit().evidence(),
                CompanyNames.leastOutsideConfirmed(value, perChar.get(), name.hit().line(), labels.lines(), places));
    }

    /**
     * The page's plausible name with the characters it read doubtfully taken from the larger model's
     * re-reading of its box where that reads them surely ({@link NameCorrection}), with the confidence
     * of what it is then read from; else the page's name as it is.
     */
    private static Found<String> corrected(Found<String> page, FieldRereads.ByLine rereads, Confidences conf,
                                           RegionResolver places) {
        String name = page.value();
        Optional<double[]> perChar = conf.perCharacter(page.hit(), name);
        if (perChar.isEmpty() || !name.equals(WordConfidence.Row.compact(name))) {
            return page; // a name with spaces or not placed on its row: nothing to align by character
        }
        List<FieldReading> again = rereads.all(page.hit().line(), FieldRereads.NAME);
        Optional<FieldReading> bold = again.stream().filter(r -> FieldReading.BOLD.equals(r.model())).findFirst();
        // A place of the tables the page read the name opening with is not outvoted (厦门 read 厨门 by both box readings).
        int place = places.openingPlace(name).map(String::length).orElse(0);
        for (FieldReading r : again) {
            if (!FieldReading.LARGE_MODEL.equals(r.model())) {
                continue;
            }
            Optional<NameCorrection.Corrected> fixed = NameCorrection.fromReadings(name, perChar.get(), r, bold, place)
                    .filter(c -> FieldRereads.plausibleName(c.name()));
            if (fixed.isPresent()) {
                conf.put(FieldRereads.NAME, page.hit().evidence(), fixed.get().confidence());
                return new Found<>(fixed.get().name(), page.hit());
            }
            if (NameCorrection.disputed(name, perChar.get(), r, bold)) {
                conf.scale(FieldRereads.NAME, DISAGREE);
                return page;
            }
        }
        return page;
    }

    // Where the readings disagree, the value taken keeps this share of its confidence: below any
    // review threshold, since absent (a clerk's look) is better than wrong.
    static final double DISAGREE = 0.5;

    /**
     * The page's labelled value {@code page} (its confidence put under {@code key}, times {@code factor}
     * of the value), checked where the page read it with a word less confident than
     * {@link FieldRereads#DOUBT} against the re-readings of its box by two models ({@link FieldRereads}
     * asked for them), which err on other values than the page: what two of the three readings mean
     * ({@code meaning}) is taken. The page's value a re-reading agrees with, with the better of their
     * confidences; the value both re-readings agree on against the page's, with the lesser of theirs;
     * no two agreeing, the page's value with its confidence times {@link #DISAGREE}, for review.
     */
    static <T> Found<T> checked(Found<T> page, FieldRereads.ByLine rereads, Confidences conf, String key,
                                Function<String, Optional<T>> parse, ToDoubleFunction<T> factor, Function<T, ?> meaning) {
        LabeledText.Hit hit = page.hit();
        double pageFactor = factor.applyAsDouble(page.value());
        conf.put(key, hit, pageFactor);
        double words = conf.words(hit);
        List<FieldRereads.Opinion<T>> said = words < FieldRereads.DOUBT
                ? FieldRereads.opinions(rereads, hit.line(), key, parse) : List.of();
        if (said.isEmpty()) {
            return page;
        }
        Object pageMeans = meaning.apply(page.value());
        double agreeing = said.stream().filter(o -> Objects.equals(meaning.apply(o.value()), pageMeans))
                .mapToDouble(FieldRereads.Opinion::confidence).max().orElse(Double.NaN);
        if (!Double.isNaN(agreeing)) {
            conf.put(key, hit.evidence(), Math.max(words, agreeing) * pageFactor);
            return page;
        }
        if (said.size() >= 2 && said.stream().allMatch(o -> Objects.equals(meaning.apply(o.value()), meaning.apply(said.get(0).value())))) {
            T value = said.get(0).value();
            double least = said.stream().mapToDouble(FieldRereads.Opinion::confidence).min().orElseThrow();
            conf.put(key, hit.evidence(), least * factor.applyAsDouble(value));
            return new Found<>(value, hit);
        }
        conf.put(key, hit.evidence(), words * pageFactor * DISAGREE);
        return page;
    }

    /**
     * The page's labelled value {@linkplain #checked checked} against the re-readings of its box, or
     * where the page read none, the value {@linkplain #reread read again} from its box.
     */
    private static <T> Optional<Found<T>> checkedOrReread(Optional<Found<T>> page, LabeledText labels,
                                                          FieldRereads.ByLine rereads, Confidences conf, Field field,
                                                          String key, Function<String, Optional<T>> parse,
                                                          ToDoubleFunction<T> factor, Function<T, ?> meaning) {
        return page.isPresent() ? Optional.of(checked(page.get(), rereads, conf, key, parse, factor, meaning))
                : reread(labels, rereads, conf, field, key, parse, factor, meaning);
    }

    /**
     * The tier the page's reading and the re-readings of a tier label's value box name between them where none
     * names one alone ({@link CustomerTiers#pieced}), or the letter grade the re-readings name with its 类客 garbled
     * ({@link CustomerTiers#graded}), at the least confidence of the re-readings times
     * {@link #DISAGREE}: no reading said it whole, so it goes to a clerk's look.
     */
    private static Optional<Found<CustomerTier>> piecedTier(LabeledText labels, FieldRereads.ByLine rereads,
                                                            Confidences conf) {
        for (LabeledText.Hit h : labels.withOrWithoutValue(Field.TIER)) {
            List<FieldReading> again = rereads.all(h.line(), FieldRereads.TIER);
            if (h.otherParty() || again.isEmpty()) {
                continue;
            }
            List<String> readings = new ArrayList<>();
            readings.add(h.value());
            again.forEach(r -> readings.add(FieldRereads.chineseText(r)));
            Optional<CustomerTier> t = CustomerTiers.pieced(readings)
                    .or(() -> CustomerTiers.graded(readings.subList(1, readings.size())));
            if (t.isPresent()) {
                double least = again.stream().mapToDouble(FieldReading::confidence).min().orElseThrow();
                conf.put(FieldRereads.TIER, h.evidence(), least * DISAGREE);
                return Optional.of(new Found<>(t.get(), h));
            }
        }
        return Optional.empty();
    }

    /** A value from the re-reading of its box ({@link FieldRereads}), with the reading's own confidence. */
    static <T> Optional<Found<T>> reread(LabeledText labels, FieldRereads.ByLine rereads, Confidences conf, Field field,
                                         String key, Function<String, Optional<T>> parse) {
        return reread(labels, rereads, conf, field, key, parse, v -> 1.0, v -> v);
    }

    /**
     * As above, the confidence also times {@code factor} of the value (how sure its reading is of its
     * meaning); two models' readings that mean different things ({@code meaning}) lower it.
     */
    static <T> Optional<Found<T>> reread(LabeledText labels, FieldRereads.ByLine rereads, Confidences conf, Field field,
                                         String key, Function<String, Optional<T>> parse, ToDoubleFunction<T> factor,
                                         Function<T, ?> meaning) {
        Optional<FieldRereads.Reread<T>> again = FieldRereads.first(labels, rereads, field, key, parse, meaning, DISAGREE);
        again.ifPresent(r -> conf.put(key, r.hit().evidence(), r.confidence() * factor.applyAsDouble(r.value())));
        return again.map(r -> new Found<>(r.value(), r.hit()));
    }

    private static CustomerType type(LabeledText labels, Optional<Found<String>> name, Confidences conf) {
        Optional<Found<CustomerType>> written = labels.first(Field.TYPE, CustomerNames::typeWord);
        if (written.isPresent()) {
            conf.put("customer.type", written.get().hit().evidence());
            return written.get().value();
        }
        if (name.isEmpty()) {
            return null;
        }
        CustomerType byLabel = name.get().hit().label().impliedType();
        String n = name.get().value();
        CustomerType type = byLabel != null ? byLabel
                : CustomerNames.isOrganisation(n) ? CustomerType.COMPANY
                : CustomerNames.looksLikePerson(n) && labels.has(Field.ID_NUMBER) ? CustomerType.INDIVIDUAL
                : null;
        if (type != null) {
            conf.put("customer.type", byLabel != null ? name.get().hit().evidence() : Evidence.INFERRED);
        }
        return type;
    }

    /**
     * An address read again in Chinese that names a place of ours (a province or city opens it): two Chinese
     * characters or more, as written, without spaces.
     */
    private Optional<String> placedAddress(String reading) {
        String s = TextNormalizer.compact(reading);
        return s.codePoints().filter(c -> TextNormalizer.isHan((char) c)).count() >= ADDRESS_HAN
                && regions.fromAddress(s).isPresent() ? Optional.of(s) : Optional.empty();
    }

    /**
     * The customer's region: written, else of the address, else of the landline's area code. {@code readAgain}: the
     * confidence of an address taken from its cell's readings, whose words are not the page's.
     */
    private Region region(LabeledText labels, LabeledText.Hit address, String phone, Confidences conf,
                          Optional<Double> readAgain) {
        Optional<Found<Region>> written = labels.first(Field.REGION, regions::resolve);
        Optional<Region> fromAddress = address == null ? Optional.empty() : regions.fromAddress(address.value());
        Region region = null;
        if (written.isPresent()) {
            region = written.get().value();
            conf.put("customer.region", written.get().hit());
            // 地区：华东 beside a full address: the address says more and agrees with the label.
            if (fromAddress.isPresent() && fromAddress.get().province() != null
                    && (region.province() == null && (region.area() == null || region.area().equals(fromAddress.get().area()))
                    || Objects.equals(region.province(), fromAddress.get().province()) && region.city() == null)) {
                region = fromAddress.get();
            }
        } else if (fromAddress.isPresent()) {
            region = fromAddress.get();
            // The region rests on the province and city that open the address, not its house number.
            String places = TextNormalizer.compact(address.value());
            if (readAgain.isPresent()) {
                conf.put("customer.region", Evidence.INFERRED, readAgain.get());
            } else {
                conf.put("customer.region", address, places.substring(0, Math.min(PLACE_PREFIX, places.length())),
                        Evidence.INFERRED.factor);
            }
        }
        Optional<Region> byCode = PhoneNumbers.areaCode(phone).flatMap(regions::fromAreaCode);
        // 地区：华东 and nothing more (the address unread): a landline of that same area tells the province.
        if (byCode.isPresent() && (region == null || region.province() == null && region.area() != null
                && region.area().equals(byCode.get().area()))) {
            conf.put("customer.region", Evidence.AREA_CODE, phone);
            return byCode.get();
        }
        if (region != null && region.province() != null && byCode.isPresent()
                && !region.province().equals(byCode.get().province())) {
            conf.scale("customer.region", Evidence.MISMATCH);
            conf.scale("customer.phone", Evidence.MISMATCH);
        }
        return region;
    }

    /**
     * The customer's city as the paper gives it: the region's, else that of the landline's area code
     * where it is of the region's province (the address read "黑龙江哈尔演市…", its 0451 number is of
     * 哈尔滨, tuning-0392); null where the paper names none.
     */
    private Region papersCity(Region region, String phone) {
        if (region != null && region.city() != null) {
            return region;
        }
        return PhoneNumbers.areaCode(phone).flatMap(regions::fromAreaCode)
                .filter(r -> region == null || region.province() == null || region.province().equals(r.province()))
                .orElse(null);
    }

    /**
     * True when the mobile is written on a line with a landline from another area than the
     * customer's: 乙方's "联系电话：021-… 手机：139…" in a contract whose 乙方 label OCR garbled.
     */
    private static boolean besideAnotherAreasLandline(LabeledText labels, String mobile, String phone) {
        Optional<String> code = PhoneNumbers.areaCode(phone);
        if (code.isEmpty()) {
            return false;
        }
        for (String line : labels.lines()) {
            if (PhoneNumbers.mobiles(line).contains(mobile)) {
                return PhoneNumbers.landlines(line).stream().map(PhoneNumbers::areaCode)
                        .anyMatch(c -> c.isPresent() && !c.equals(code));
            }
        }
        return false;
    }

    private static Optional<String> labelled(LabeledText labels, Confidences conf, FieldRereads.ByLine rereads,
                                             String key, Function<String, Optional<String>> parse,
                                             Predicate<String> vouched, Field... fields) {
        for (Field f : fields) {
            Optional<Found<String>> found = labels.first(f, parse);
            if (found.isPresent()) {
                conf.put(key, found.get().hit());
                return Optional.of(DigitRereads.checked(found.get(), rereads, conf, key, parse).value());
            }
        }
        return DigitRereads.unread(labels, rereads, conf, key, parse, vouched, fields);
    }

    /**
     * The first labelled e-mail: its value read again on its own when that reading is an address
     * (measured right far more often than the page's) not merely cut short of the page's, nor less
     * sure than a page's address read with confident words; else as the page read it; neither an
     * address, the next label's value. The box is read twice, as it is and scaled
     * ({@code FieldReading.SCALED}, measured the better: it is the one compared with the page, the
     * other stands in where it is no address, and where both agree, the surer of them counts). Where another
     * reading is an address too and disagrees with the one taken, that one keeps {@link #DISAGREE} of its
     * confidence: one of them is wrong, and a clerk's look is better than a wrong address indexed. A
     * mailbox name the readings disagree on may be settled by {@link #nameMended}.
     */
    private static Optional<String> labelledEmail(LabeledText labels, Confidences conf, FieldRereads.ByLine rereads) {
        for (LabeledText.Hit h : labels.of(Field.EMAIL)) {
            List<FieldReading> again = new ArrayList<>(rereads.all(h.line(), FieldRereads.EMAIL));
            again.sort(java.util.Comparator.comparing(r -> !FieldReading.SCALED.equals(r.model())));
            Optional<String> read = email(h.value());
            // "Zhangi j@qowr.cn" (tuning-0376): a space OCR put into the local part cut the page's address.
            Optional<String> joined = read.flatMap(a -> joinedAcrossSpace(h.value(), a));
            Optional<FieldReading> taken = again.stream().filter(r -> FieldRereads.email(r).isPresent()).findFirst();
            Optional<String> reread = taken.flatMap(FieldRereads::email);
            List<String> readings = new ArrayList<>();
            again.forEach(r -> FieldRereads.email(r).ifPresent(readings::add));
            joined.or(() -> read).ifPresent(readings::add);
            // Both readings of the box agreeing: the better of their confidences (tuning-0392: "ltrabl" at
            // 0.82 as it is and 0.66 scaled, against the page's "Itrabl" at 0.71).
            double box = again.stream().filter(r -> FieldRereads.email(r).equals(reread))
                    .mapToDouble(FieldReading::confidence).max().orElse(0.0);
            // The page read the very a a box reading's runner-up puts right ("exaf" on the page and in the box, whose
            // a weighed a q, tuning-1137): the page's sureness is no evidence against the letter.
            boolean sameDoubt = read.isPresent() && again.stream().anyMatch(r -> FieldRereads.descenderDoubted(r)
                    && FieldRereads.emailAsRead(r).equals(read) && !FieldRereads.email(r).equals(read));
            if (reread.isPresent() && !(read.isPresent() && joined.isEmpty() && (FieldRereads.cutShort(reread.get(), read.get())
                    || surer(conf.words(h), box) && !sameDoubt))) {
                conf.put(FieldRereads.EMAIL, h.evidence(), box * agreement(reread.get(), readings)
                        * (firstLetterCut(h.value(), reread.get()) ? DISAGREE : 1.0));
                return Optional.of(reviewedWhereDescenderDoubted(nameMended(reread.get(), h.value(), readings, conf), again, conf));
            }
            if (read.isPresent()) {
                String page = joined.orElse(read.get());
                conf.put(FieldRereads.EMAIL, h, agreement(page, readings) * (joined.isPresent() ? DISAGREE : 1.0));
                return Optional.of(reviewedWhereDescenderDoubted(nameMended(page, h.value(), readings, conf), again, conf));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code taken} with its mailbox name one letter shorter where another reading says so (the @'s ring
     * read as a letter, {@link EmailAddresses#ringDropped}), else with its opening taken from another
     * reading where that one opens with a surname and {@code taken} does not
     * ({@link EmailAddresses#mendedOpening}); the readings are the
     * box's and the page's addresses and the name the page's {@code pageValue} gives before the taken
     * domain (":1ixpotofa.net": its @ read as "o"). A mended address keeps {@link #DISAGREE} of the
     * confidence: the readings disagreed, and only the name's shape settled it.
     */
    static String nameMended(String taken, String pageValue, List<String> readings, Confidences conf) {
        int at = taken.indexOf('@');
        String domain = taken.substring(at + 1);
        List<String> others = new ArrayList<>(EmailAddresses.locals(readings));
        EmailAddresses.pageLocal(pageValue, domain).ifPresent(others::add);
        String local = taken.substring(0, at);
        Optional<String> mended = EmailAddresses.ringDropped(local, others)
                .or(() -> EmailAddresses.mendedOpening(local, others));
        if (mended.isEmpty()) {
            return taken;
        }
        conf.scale(FieldRereads.EMAIL, DISAGREE);
        return mended.get() + "@" + domain;
    }

    /**
     * {@code taken}, its confidence halved where a reading of its box that says the same address read an
     * {@code a} the LSTM also weighed a {@code q} or {@code g} for ({@link FieldRereads#descenderDoubted}): the
     * three differ by a descender, which a light or cut stroke loses, and a q so read is the commonest wrong
     * letter of the tuning addresses (qmqlvf, mqrblp, ymqf, exqf, ymvqtl all read with an a).
     */
    private static String reviewedWhereDescenderDoubted(String taken, List<FieldReading> again, Confidences conf) {
        if (again.stream().anyMatch(r -> FieldRereads.email(r).filter(taken::equals).isPresent()
                && FieldRereads.descenderDoubted(r))) {
            conf.scale(FieldRereads.EMAIL, DISAGREE);
        }
        return taken;
    }

    /**
     * True when an address ends in a top-level domain Chinese customers' mail is commonly under (.com, .cn,
     * .com.cn, .net, .org …). Another one is more likely a misread letter of one of these (".cr" for .cn)
     * than a Costa Rican domain: still taken, but for a clerk's look.
     */
    static boolean commonTopLevelDomain(String email) {
        return COMMON_TLD.matcher(email).find();
    }

    /**
     * True when the page read a letter or digit right before what the box's reading starts its address
     * with (",Wuqdatuigv.net" on the page, "uqd@tuigv.net" from the box, tuning-0818): the box's left
     * edge, estimated where a label shares the value's word, cut the first letter off. Which letter it
     * was the page cannot say for sure (":1ixp…" for lixp, tuning-0711), so the address goes to review.
     */
    static boolean firstLetterCut(String pageValue, String reread) {
        String raw = TextNormalizer.basic(pageValue).toLowerCase(Locale.ROOT).replaceAll("\\s+", "")
                .replaceFirst("^[^a-z0-9]+", "");
        String local = reread.substring(0, reread.indexOf('@'));
        return raw.length() > local.length() && raw.startsWith(local, 1) && !raw.startsWith(local);
    }

    /**
     * 1 where every one of the {@code readings} of an address (the page's and its box's, one entry each,
     * those that are addresses) agrees with {@code taken}; {@link #DISAGREE} where any says another
     * address. Two readings agreeing do not outvote the third: the page and the box as it is agreed on
     * "ymvatl" at 0.81 against the scaled box's right "ymvqtl" (tuning-0113), and the box's two readings
     * err alike where the page is right (tuning-0463, -0852); which letter is right no reading can say,
     * so a clerk's look is better than the wrong one indexed. On the tuning 900: 1 wrong address no longer
     * indexed unseen, 7 more right files sent to review (238 → 245 of 833). A reading that is only a slip the
     * e-mail rules put right towards {@code taken} ({@link EmailAddresses#slipOf}: "liurtt@" beside "liurt@")
     * agrees with it.
     */
    static double agreement(String taken, List<String> readings) {
        long same = readings.stream().filter(r -> r.equals(taken) || EmailAddresses.slipOf(taken, r)).count();
        return same == readings.size() ? 1.0 : DISAGREE;
    }

    /**
     * The page's address {@code address} with the run of address characters before it in {@code value}
     * joined on, where only a space parts them ("Zhangi j@qowr.cn" → "zhangij@qowr.cn"): OCR sets a
     * space inside a local part where the letters stand apart. Empty where nothing such precedes it,
     * or only the label's own word ("E-mail a@b.cn").
     */
    static Optional<String> joinedAcrossSpace(String value, String address) {
        String v = TextNormalizer.basic(value).toLowerCase(Locale.ROOT);
        String local = address.substring(0, address.indexOf('@'));
        Matcher m = SPLIT_LOCAL.matcher(v);
        while (m.find()) {
            if (m.group(2).equals(local) && !m.group(1).endsWith("mail") && EMAIL.matcher(m.group(1) + address).matches()) {
                return Optional.of(m.group(1) + address);
            }
        }
        return Optional.empty();
    }

    /**
     * True when the page's reading of an address is the surer one: its words read with at least
     * {@value #SURE_PAGE} and more confidence than the re-reading ("yangyk@…" at 0.92 on the page,
     * "yangykk@…" at 0.41 alone, tuning-0047). A page read with doubtful words never is: there the
     * re-reading was measured right far more often, whatever its own score.
     */
    static boolean surer(double page, double reread) {
        return page >= SURE_PAGE && page > reread;
    }

    /**
     * {@code free} without the numbers written right after a Chinese label and colon: the labels left
     * in the unlabelled text are none of the phone's (those found theirs already), so such a number is
     * another field's — a fax under a misread label ("传鼻：(025)84789414" beside an unread 联系电话,
     * tuning-0561).
     */
    static String withoutOtherLabelsValues(String free) {
        return AFTER_OTHER_LABEL.matcher(free).replaceAll("$1 ");
    }

    // Without a label, a number or address is taken only when the paper has exactly one.
    private static String unique(Confidences conf, String key, List<String> candidates) {
        Set<String> distinct = new LinkedHashSet<>(candidates);
        if (distinct.size() != 1) {
            return null;
        }
        String value = distinct.iterator().next();
        conf.put(key, Evidence.PATTERN, value);
        return value;
    }

    /**
     * The address the page read in a labelled e-mail value, as {@link #labelledEmail} takes it: {@link #email},
     * with a run of letters a space parted from its mailbox name joined on ({@link #joinedAcrossSpace}).
     */
    static Optional<String> pageAddress(String value) {
        Optional<String> read = email(value);
        return read.flatMap(a -> joinedAcrossSpace(value, a)).or(() -> read);
    }

    /** The e-mail address in a labelled value, with the spacing and commas OCR puts into it taken out. */
    static Optional<String> email(String value) {
        String v = COMMA_BEFORE_TLD.matcher(value).replaceAll(".");
        List<String> all = emails(v.replaceAll("\\s*@\\s*", "@").replaceAll("\\s*\\.\\s*", "."));
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static List<String> emails(String text) {
        Matcher m = EMAIL.matcher(TextNormalizer.basic(text));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(EmailAddresses.tittlesJoined(EmailAddresses.smallL(m.group()).toLowerCase(Locale.ROOT)));
        }
        return out;
    }
}
