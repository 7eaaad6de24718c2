package cn.archive.api.user;

import java.util.List;
import java.util.regex.Pattern;

/** What user names, passwords and region scopes may be; checked at the edge, and before a name becomes a key. */
public final class Usernames {

    /** The seven areas and 港澳台 of record-schema.md: the values a region scope may hold. */
    public static final List<String> AREAS = List.of("华北", "东北", "华东", "华中", "华南", "西南", "西北", "港澳台");
    public static final int MIN_PASSWORD = 12;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");

    private Usernames() {
    }

    public static boolean valid(String username) {
        return username != null && NAME.matcher(username).matches();
    }
}
