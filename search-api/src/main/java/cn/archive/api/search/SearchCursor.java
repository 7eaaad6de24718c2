package cn.archive.api.search;

import cn.archive.ingest.record.RecordJson;
import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where the next page starts in a deep walk through results (Elasticsearch's {@code search_after}):
 * the sort order and the last hit's sort values — its score or date, then its id as a tie-breaker.
 * Opaque to clients, and checked when it comes back: only a number and a document id ever reach
 * Elasticsearch, as typed sort values, never as query text.
 *
 * @param sort   the sort the cursor was made for; a cursor is refused under another sort
 * @param values the last hit's sort values
 */
record SearchCursor(String sort, List<FieldValue> values) {

    /** A cursor longer than this was not made here. */
    private static final int MAX_LENGTH = 400;

    String encode() {
        ObjectNode json = RecordJson.mapper().createObjectNode().put("s", sort);
        ArrayNode v = json.putArray("v");
        for (FieldValue value : values) {
            switch (value._kind()) {
                case Double -> v.add(value.doubleValue());
                case Long -> v.add(value.longValue());
                case String -> v.add(value.stringValue());
                default -> v.addNull();
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    static SearchCursor decode(String cursor, String sort) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        JsonNode json;
        try {
            json = RecordJson.mapper().readTree(Base64.getUrlDecoder().decode(cursor.strip()));
        } catch (IOException | IllegalArgumentException e) {
            throw invalid();
        }
        JsonNode v = json == null ? null : json.get("v");
        if (!sort.equals(json == null ? null : json.path("s").asText()) || v == null || !v.isArray() || v.size() != 2
                || !v.get(0).isNumber() || !v.get(1).isTextual() || !v.get(1).asText().matches("[0-9a-f]{64}")) {
            throw invalid();
        }
        List<FieldValue> values = new ArrayList<>();
        values.add(v.get(0).isIntegralNumber() ? FieldValue.of(v.get(0).asLong()) : FieldValue.of(v.get(0).asDouble()));
        values.add(FieldValue.of(v.get(1).asText()));
        return new SearchCursor(sort, values);
    }

    private static SearchProblems.BadQuery invalid() {
        return new SearchProblems.BadQuery("The cursor is not one this search gave out: pass the 'next' value of the"
                + " previous page unchanged, with the same sort, or start again without a cursor.");
    }
}
