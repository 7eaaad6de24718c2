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

    static Aggregation aggregation(Facet facet, Map<Facet, List<String>> filters) {
        Map<String, Aggregation> sub = new LinkedHashMap<>();
        Aggregation terms = Aggregation.of(a -> {
            a.terms(t -> t.field(facet.field).size(50));
            if (facet == Facet.INDUSTRY) {
                a.aggregations("label", l -> l.terms(t -> t.field("customer.industry.name").size(1)));
            }
            return a;
        });
        sub.put("values", terms);
        return Aggregation.of(a -> a.filter(filter(filters, facet)).aggregations(sub));
    }

    static List<SearchResult.FacetValue> values(Facet facet, Aggregate aggregate) {
        List<SearchResult.FacetValue> values = new ArrayList<>();
        if (aggregate == null) {
            return values;
        }
        for (StringTermsBucket bucket : aggregate.filter().aggregations().get("values").sterms().buckets().array()) {
            String label = null;
            if (facet == Facet.INDUSTRY && bucket.aggregations().get("label") != null) {
                label = bucket.aggregations().get("label").sterms().buckets().array().stream()
                        .findFirst().map(b -> b.key().stringValue()).orElse(null);
            }
            values.add(new SearchResult.FacetValue(bucket.key().stringValue(), label, bucket.docCount()));
        }
        return values;
    }

    static EnumMap<Facet, List<String>> emptyFilters() {
        return new EnumMap<>(Facet.class);
    }
}
