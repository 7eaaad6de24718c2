package cn.archive.api.review;

import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.RecordJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The record's reviewable fields by their paths, the same paths extraction keys its confidence by
 * ({@code customer.name}); values are compared in their JSON form, so one rule serves every field.
 */
final class FieldPaths {

    /** What a clerk confirms or corrects in the review queue. */
    static final List<String> REVIEWABLE = List.of("archiveNo", "documentType", "registeredOn", "customer.name",
            "customer.type", "customer.tier", "customer.industry", "customer.region", "customer.address",
            "customer.contactPerson", "customer.phone", "customer.mobile", "customer.email");

    private FieldPaths() {
    }

    /** The record in its JSON form (as manifests and the API have it). */
    static JsonNode json(ArchiveRecord record) {
        return RecordJson.mapper().valueToTree(record);
    }

    /** The value at {@code path} in a record's JSON, or null when it has none. */
    static JsonNode valueAt(JsonNode record, String path) {
        JsonNode v = record.at("/" + path.replace('.', '/'));
        return v.isMissingNode() || v.isNull() ? null : v;
    }

    /** The reviewable paths whose values differ between two records, in {@link #REVIEWABLE} order. */
    static List<String> changed(ArchiveRecord before, ArchiveRecord after) {
        JsonNode a = json(before);
        JsonNode b = json(after);
        List<String> changed = new ArrayList<>();
        for (String path : REVIEWABLE) {
            JsonNode x = valueAt(a, path);
            JsonNode y = valueAt(b, path);
            if (x == null ? y != null : !x.equals(y)) {
                changed.add(path);
            }
        }
        return changed;
    }
}
