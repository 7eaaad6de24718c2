package cn.archive.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-select facets (分面筛选): the selected values filter the hits through {@code post_filter}, and
 * each facet's counts are taken under every filter but its own, so a user can widen a selection
 * without losing sight of the other values. Region scopes are not here: they sit in the query, so
 * no count ever includes a document outside the scope.
 */
final class FacetAggregations {

    /** The filter aggregation shared by the facets with no value selected. */
    static final String UNSELECTED = "_unselected";
    private static final String VALUES = "values";

    private FacetAggregations() {
    }

    /** All facet filters except {@code except}'s own (null: all of them). */
    static Query filter(Map<Facet, List<String>> filters, Facet except) {
        return Query.of(q -> q.bool(b -> {
            filters.forEach((facet, values) -> {
                if (facet != except && !values.isEmpty()) {
                    b.filter(f -> f.terms(t -> t.field(facet.field)
                            .terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
                }
            });
            return b;
        }));
    }

    /**
     * The facet aggregations of a search, by name. A facet with values selected is counted under
     * every filter but its own; the facets with none selected all count under every filter, so they
     * share one filter aggregation ({@link #UNSELECTED}): each filter aggregation walks every matching
     * document, and at a million documents a keyword can match most of them.
     */
    static Map<String, Aggregation> aggregations(Map<Facet, List<String>> filters) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        Map<String, Aggregation> unselected = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            if (selected(facet, filters)) {
                aggregations.put(facet.param, Aggregation.of(a -> a.filter(filter(filters, facet))
                        .aggregations(VALUES, terms(facet))));
            } else {
                unselected.put(facet.param, terms(facet));
            }
        }
        if (!unselected.isEmpty()) {
            aggregations.put(UNSELECTED, Aggregation.of(a -> a.filter(filter(filters, null)).aggregations(unselected)));
        }
        return aggregations;
    }

    /** The counts of {@code facet} in the answer to a request built with {@link #aggregations}. */
    static List<SearchResult.FacetValue> values(Facet facet, Map<Facet, List<String>> filters,
                                                Map<String, Aggregate> aggregations) {
        Aggregate terms = selected(facet, filters)
                ? sub(aggregations.get(facet.param), VALUES)
                : sub(aggregations.get(UNSELECTED), facet.param);
        List<SearchResult.FacetValue> values = new ArrayList<>();
        if (terms == null) {
            return values;
        }
        for (StringTermsBucket bucket : terms.sterms().buckets().array()) {
            String label = null;
            if (facet == Facet.INDUSTRY && bucket.aggregations().get("label") != null) {
                label = bucket.aggregations().get("label").sterms().buckets().array().stream()
                        .findFirst().map(b -> b.key().stringValue()).orElse(null);
            }
            values.add(new SearchResult.FacetValue(bucket.key().stringValue(), label, bucket.docCount()));
        }
        return values;
    }

    private static boolean selected(Facet facet, Map<Facet, List<String>> filters) {
        return !filters.getOrDefault(facet, List.of()).isEmpty();
    }

    private static Aggregate sub(Aggregate filter, String name) {
        return filter == null ? null : filter.filter().aggregations().get(name);
    }

    private static Aggregation terms(Facet facet) {
        return Aggregation.of(a -> {
            a.terms(t -> t.field(facet.field).size(50));
            if (facet == Facet.INDUSTRY) {
                a.aggregations("label", l -> l.terms(t -> t.field("customer.industry.name").size(1)));
            }
            return a;
        });
    }

    static EnumMap<Facet, List<String>> emptyFilters() {
        return new EnumMap<>(Facet.class);
    }
}
