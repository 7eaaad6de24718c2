package cn.archive.ingest.extract;

import cn.archive.ingest.record.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a region (地区) from an address or place name: the province in its full official name
 * (浙江 → 浙江省, 广西 → 广西壮族自治区), the prefecture-level city (地级市, 自治州, 地区, 盟), and
 * the geographic area (华北 … 西北, 港澳台). A city alone (苏州市…, 苏州) resolves to its province.
 * Also maps landline area codes (长途区号) to a province, as a cross-check and weak fallback.
 * Immutable once built; share one instance.
 */
public final class RegionResolver {

    private static final List<String> AREAS = List.of("华北", "东北", "华东", "华中", "华南", "西南", "西北", "港澳台");

    private final List<Place.Province> provinces = new ArrayList<>();
    private final Map<String, Place.Province> provinceByName = new HashMap<>();
    private final List<Place> places = new ArrayList<>();
    private final Map<String, Region> byAreaCode = new HashMap<>();

    /** Loads the division and area-code tables shipped with this class. */
    public RegionResolver() {
        for (String[] row : Tables.read("provinces.tsv")) {
            Place.Province p = new Place.Province(row[0], List.of(row[1].split(",")), row[2], row[3]);
            provinces.add(p);
            provinceByName.put(p.name(), p);
        }
        for (String[] row : Tables.read("prefectures.tsv")) {
            String aliases = Tables.column(row, 2);
            places.add(new Place(row[0], province(row[1]),
                    aliases != null ? List.of(aliases.split(",")) : Place.defaultAliases(row[0])));
        }
        for (String[] row : Tables.read("county-level-cities.tsv")) {
            places.add(new Place(row[0], province(row[1]), List.of()));
        }
        for (String[] row : Tables.read("area-codes.tsv")) {
            Place.Province p = province(row[1]);
            String city = p.municipality() ? p.name() : Tables.column(row, 2);
            byAreaCode.put(row[0], new Region(p.area(), p.name(), city));
        }
    }

    /** The region named in an address or place; empty when no province, city or area is named. */
    public Optional<Region> resolve(String addressOrPlace) {
        String s = TextNormalizer.line(addressOrPlace);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<Place.Found> province = Place.findProvince(s, provinces, places);
        if (province.isPresent()) {
            Place.Province p = province.get().province();
            if (p.municipality()) {
                return Optional.of(new Region(p.area(), p.name(), p.name()));
            }
            String rest = s.substring(province.get().end());
            String city = Place.findCity(rest, places, p, true).map(f -> f.place().name()).orElse(null);
            return Optional.of(new Region(p.area(), p.name(), p.sar() ? null : city));
        }
        // 黔西南 holds the area word 西南: look for a city before taking area words out.
        Optional<Place.Found> city = Place.findCity(s, places, null, false)
                .or(() -> Place.findCity(withoutAreaWords(s), places, null, false));
        if (city.isPresent()) {
            Place.Province p = city.get().place().province();
            return Optional.of(new Region(p.area(), p.name(), city.get().place().name()));
        }
        return AREAS.stream().filter(s::contains).findFirst().map(a -> new Region(a, null, null));
    }

    /**
     * The region of a postal address: only where it names a province or city. An area word inside
     * an address is part of a street's name (中华北路 holds 华北), never the customer's area.
     */
    public Optional<Region> fromAddress(String address) {
        return resolve(address).filter(r -> r.province() != null);
    }

    /** The province (and city, where the code is not shared) of a landline area code, e.g. 0571. */
    public Optional<Region> fromAreaCode(String landlineAreaCode) {
        if (landlineAreaCode == null) {
            return Optional.empty();
        }
        String code = TextNormalizer.compact(landlineAreaCode).replaceAll("[()]", "");
        int dash = code.indexOf('-');
        return Optional.ofNullable(byAreaCode.get(dash > 0 ? code.substring(0, dash) : code));
    }

    /**
     * {@code name} with a one-character slip in the city it opens put right (哈尔演 for 哈尔滨), where
     * {@code confirmed} (the region the same paper's address or area code gives) is that city. Company
     * names are registered as 行政区划 + 字号 + 行业 + 组织形式, so a name whose opening characters are
     * no place of the table but one character off the paper's own city has that city misread. Only
     * for a city name of at least {@value #SURE_PLACE} characters: one slip in two is as likely another
     * word (a firm's name that happens to start like a city); never where the name opens with a place.
     */
    public Optional<String> withCityRepaired(String name, Region confirmed) {
        if (confirmed == null || confirmed.city() == null || opensWithPlace(name)) {
            return Optional.empty();
        }
        for (String city : namesOf(confirmed.city())) {
            if (city.length() >= SURE_PLACE && name.length() > city.length() + 1
                    && mismatches(name, city) == 1 && name.chars().limit(city.length()).allMatch(c -> TextNormalizer.isHan((char) c))) {
                return Optional.of(city + name.substring(city.length()));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code name} with a one-character slip in the city it opens put right where the paper names no place to check
     * it against (a ledger: no address, no landline) but one city alone of the tables, of at least
     * {@value #SURE_PLACE} characters, is one character off its opening (乌曾木齐 for 乌鲁木齐, tuning-1870): a company's
     * name opens with its region. Never where the name opens with a place, or where two cities are as near (度门: 厦门,
     * 江门, 荆门 are all one character off, and two-character names are too short to tell anyway).
     */
    public Optional<String> withOnlyNearCityRepaired(String name) {
        if (opensWithPlace(name)) {
            return Optional.empty();
        }
        Set<String> near = new HashSet<>();
        for (Place c : places) {
            for (String n : concat(c.aliases(), Place.defaultAliases(c.name()))) {
                if (n.length() >= SURE_PLACE && name.length() > n.length() + 1 && mismatches(name, n) == 1
                        && name.chars().limit(n.length()).allMatch(ch -> TextNormalizer.isHan((char) ch))) {
                    near.add(n);
                }
            }
        }
        if (near.size() != 1) {
            return Optional.empty();
        }
        String city = near.iterator().next();
        return Optional.of(city + name.substring(city.length()));
    }

    /** The province or city name {@code name} opens with (the longest the tables know), or empty. */
    public Optional<String> openingPlace(String name) {
        String best = "";
        for (Place.Province p : provinces) {
            for (String n : concat(List.of(p.name()), p.shortNames())) {
                best = name.startsWith(n) && n.length() > best.length() ? n : best;
            }
        }
        for (Place c : places) {
            for (String n : concat(concat(List.of(c.name()), c.aliases()), Place.defaultAliases(c.name()))) {
                best = name.startsWith(n) && n.length() > best.length() ? n : best;
            }
        }
        return best.length() >= 2 ? Optional.of(best) : Optional.empty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    // The shortest city name a one-character slip is repaired in.
    private static final int SURE_PLACE = 3;

    private boolean opensWithPlace(String name) {
        for (Place.Province p : provinces) {
            if (name.startsWith(p.name()) || p.shortNames().stream().anyMatch(name::startsWith)) {
                return true;
            }
        }
        return places.stream().anyMatch(c -> name.startsWith(c.name()) || c.aliases().stream().anyMatch(name::startsWith)
                || Place.defaultAliases(c.name()).stream().anyMatch(name::startsWith));
    }

    // The names a city goes by without its 市 (a municipality's: its province's short names).
    private List<String> namesOf(String city) {
        List<String> out = new ArrayList<>();
        for (Place c : places) {
            if (c.name().equals(city)) {
                out.addAll(c.aliases());
                out.addAll(Place.defaultAliases(c.name()));
            }
        }
        Place.Province p = provinceByName.get(city);
        if (p != null) {
            out.addAll(p.shortNames());
        }
        // Not the full name (义乌市): a name opening 义乌小… would have its third character "repaired" to 市.
        return out;
    }

    private static int mismatches(String name, String prefix) {
        int n = 0;
        for (int i = 0; i < prefix.length(); i++) {
            n += name.charAt(i) == prefix.charAt(i) ? 0 : 1;
        }
        return n;
    }

    /** The geographic area of a province given by its full official name, e.g. 浙江省 → 华东. */
    public Optional<String> areaOf(String province) {
        return Optional.ofNullable(provinceByName.get(province)).map(Place.Province::area);
    }

    private Place.Province province(String name) {
        Place.Province p = provinceByName.get(name);
        if (p == null) {
            throw new IllegalStateException("Unknown province '" + name + "' in a region table");
        }
        return p;
    }

    // "华东 苏州": the area word is not part of a place name, and a city after it starts a word.
    private static String withoutAreaWords(String s) {
        String out = s;
        for (String a : AREAS) {
            out = out.replace(a + "地区", " ").replace(a, " ");
        }
        return Arrays.stream(out.split(" ")).filter(x -> !x.isEmpty()).reduce((a, b) -> a + " " + b).orElse("");
    }
}
