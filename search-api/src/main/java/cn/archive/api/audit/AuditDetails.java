package cn.archive.api.audit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns request parameters into an audit event's details: what was asked, bounded in size. */
public final class AuditDetails {

    private static final int MAX_KEYS = 20;
    private static final int MAX_VALUE = 200;

    private AuditDetails() {
    }

    /** Each parameter with its values joined by '|', e.g. {@code q=西湖精密, region=华东|华南}. */
    public static Map<String, String> ofParams(Map<String, List<String>> params) {
        Map<String, String> details = new TreeMap<>();
        params.forEach((name, values) -> {
            if (details.size() < MAX_KEYS && name.length() <= 40) {
                String joined = String.join("|", values);
                details.put(name, joined.length() > MAX_VALUE ? joined.substring(0, MAX_VALUE) + "…" : joined);
            }
        });
        return details;
    }
}
