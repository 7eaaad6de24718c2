package cn.archive.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A prefecture-level city (or a county-level city under its province) and the names it goes by,
 * with the matching rules that keep street names (中山路, 北京路) and districts (朝阳区) from
 * being read as cities.
 */
record Place(String name, Province province, List<String> aliases) {

    /** A province-level division; {@code kind} is province, municipality or sar. */
    record Province(String name, List<String> shortNames, String area, String kind) {
        boolean municipality() {
            return "municipality".equals(kind);
        }

        boolean sar() {
            return "sar".equals(kind);
        }
    }

    /** Where a province or a city was named in the text. */
    record Found(Province province, Place place, int start, int end) {
    }

    private static final String BLOCKING_CHARS = "区县路街道巷弄镇乡村旗";
    private static final List<String> BLOCKING_WORDS = List.of("大道", "大街", "中路", "北路", "南路", "东路", "西路");

    static List<String> defaultAliases(String name) {
        for (String suffix : List.of("地区", "市", "盟")) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return List.of(name.substring(0, name.length() - suffix.length()));
            }
        }
        return List.of();
    }

    /** The earliest province named; a short name inside another province's city name does not count. */
    static Optional<Found> findProvince(String s, List<Province> provinces, List<Place> places) {
        Found best = null;
        for (Province p : provinces) {
            List<String> names = new ArrayList<>(p.shortNames());
            names.add(0, p.name());
            for (String n : names) {
                for (int i = s.indexOf(n); i >= 0; i = s.indexOf(n, i + 1)) {
                    boolean full = n.equals(p.name());
                    if (!full && (blocked(s, i + n.length(), false) || insideOtherCity(s, i, p, places))) {
                        continue;
                    }
                    if (best == null || i < best.start() || i == best.start() && i + n.length() > best.end()) {
                        best = new Found(p, null, i, i + n.length());
                    }
                }
            }
        }
        if (best != null) {
            // "吉林市…": the short province name is the start of a city name of that province.
            for (Place c : places) {
                if (c.province() == best.province() && s.startsWith(c.name(), best.start())) {
                    return Optional.of(new Found(best.province(), null, best.start(), best.start()));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The earliest city named in {@code s}, of {@code province} when given. Full names count
     * anywhere; a short name (苏州) only at the start of a word unless the province is known.
     */
    static Optional<Found> findCity(String s, List<Place> places, Province province, boolean anywhere) {
        Found best = null;
        for (Place c : places) {
            if (province != null && c.province() != province) {
                continue;
            }
            int i = s.indexOf(c.name());
            if (i >= 0 && (best == null || i < best.start())) {
                best = new Found(c.province(), c, i, i + c.name().length());
            }
            for (String a : c.aliases()) {
                for (int j = s.indexOf(a); j >= 0; j = s.indexOf(a, j + 1)) {
                    boolean wordStart = j == 0 || !TextNormalizer.isHan(s.charAt(j - 1));
                    if ((anywhere || wordStart) && !blocked(s, j + a.length(), true)
                            && (best == null || j < best.start())) {
                        best = new Found(c.province(), c, j, j + a.length());
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    // 北京路, 西藏中路, 朝阳区: a place name followed by these is a street or district, not the place.
    private static boolean blocked(String s, int end, boolean districts) {
        if (end >= s.length()) {
            return false;
        }
        String chars = districts ? BLOCKING_CHARS : BLOCKING_CHARS.substring(2);
        return chars.indexOf(s.charAt(end)) >= 0 || BLOCKING_WORDS.stream().anyMatch(w -> s.startsWith(w, end));
    }

    private static boolean insideOtherCity(String s, int at, Province p, List<Place> places) {
        for (Place c : places) {
            if (c.province() == p) {
                continue;
            }
            List<String> names = new ArrayList<>(c.aliases());
            names.add(c.name());
            for (String n : names) {
                for (int i = s.indexOf(n); n.length() > 2 && i >= 0 && i <= at; i = s.indexOf(n, i + 1)) {
                    if (at < i + n.length()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
