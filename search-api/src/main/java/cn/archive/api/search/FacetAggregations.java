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
 * Multi-select facets (分面筛选): the selected values filter the hits, and each facet's counts are
 * taken under every filter but its own, so a user can widen a selection without losing sight of the
 * other values. Region scopes are not here: they sit in the query, so no count ever includes a
 * document outside the scope.
 */
final class FacetAggregations {

    private FacetAggregations() {
    }

    /**
     * One counting request: the facets it counts, under every facet filter except {@code except}'s
     * own. A facet with values selected is counted alone, without its filter; the facets with none
     * selected all count under every filter, so they share one request ({@code except} null), which
     * also gives the total of hits.
     */
    record Count(Facet except, List<Facet> facets) {

        /** Whether this count applies every facet filter (its total is the number of hits). */
        boolean everyFilter() {
            return except == null;
        }
    }

    /** The counting requests of a search: one per selected facet, then the shared one (always there, for the total). */
    static List<Count> counts(Map<Facet, List<String>> filters) {
        List<Count> counts = new ArrayList<>();
        List<Facet> unselected = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            if (selected(facet, filters)) {
                counts.add(new Count(facet, List.of(facet)));
            } else {
                unselected.add(facet);
            }
        }
        counts.add(new Count(null, List.copyOf(unselected)));
        return counts;
    }

    /** All facet filters except {@code except}'s own (null: all of them), as filter clauses. */
    static List<Query> filters(Map<Facet, List<String>> filters, Facet except) {
        List<Query> clauses = new ArrayList<>();
        filters.forEach((facet, values) -> {
            if (facet != except && !values.isEmpty()) {
                clauses.add(Query.of(q -> q.terms(t -> t.field(facet.field)
                        .terms(v -> v.value(values.stream().map(FieldValue::of).toList())))));
            }
        });
        return clauses;
    }

    /** The terms aggregations of a count, named by their facet's parameter. */
    static Map<String, Aggregation> aggregations(Count count) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        count.facets().forEach(facet -> aggregations.put(facet.param, terms(facet)));
        return aggregations;
    }

    /** The counts of {@code facet} from its terms aggregation. */
    static List<SearchResult.FacetValue> values(Facet facet, Aggregate terms) {
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
