package cn.archive.ingest.extract;

import cn.archive.ingest.record.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
