package cn.archive.api.search;

import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.record.ArchiveRecord;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Builds the Elasticsearch request for a search and reads its answer. Chinese is indexed per
 * character by the standard analyzer, so every term is searched as a phrase: 华联 finds 华联, not
 * every 华 and every 联. Facet filters go into {@code post_filter}, and each facet's counts are taken
 * under every filter but its own (multi-select facets).
 */
@Component
class ArchiveSearch {

    static final List<String> TEXT_FIELDS = List.of("customer.name^4", "customer.contactPerson^2", "customer.address",
            "customer.industry.raw", "transactions.item", "communications.summary", "text");
    private static final List<String> SOURCE = List.of("id", "archiveNo", "documentType", "customer", "registeredOn",
            "status");

    private final SearchIndex index;

    ArchiveSearch(SearchIndex index) {
        this.index = index;
    }

    /** A hit as Elasticsearch gave it, before masking. */
    record RawHit(ArchiveRecord record, Map<String, List<String>> highlights, Double score) {
    }

    /** Hits and facet counts as Elasticsearch gave them. */
    record RawResult(long total, List<RawHit> hits, Map<String, List<SearchResult.FacetValue>> facets) {
    }

    RawResult search(SearchParams params) throws IOException {
        SearchRequest request = SearchRequest.of(s -> {
            s.index(index.alias())
                    .query(query(params))
                    .postFilter(facetFilter(params.filters(), null))
                    .from(params.page() * params.size())
                    .size(params.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(SOURCE)))
                    .highlight(h -> h.encoder(co.elastic.clients.elasticsearch.core.search.HighlighterEncoder.Html)
                            .preTags("<em>").postTags("</em>").fragmentSize(80).numberOfFragments(2)
                            .requireFieldMatch(true)
                            .fields("customer.name", f -> f.numberOfFragments(0))
                            .fields("customer.address", f -> f)
                            .fields("text", f -> f));
            for (Facet facet : Facet.values()) {
                s.aggregations(facet.param, facetAggregation(facet, params.filters()));
            }
            switch (params.sort()) {
                case "registeredOn" -> s.sort(o -> o.field(f -> f.field("registeredOn").order(SortOrder.Asc)));
                case "-registeredOn" -> s.sort(o -> o.field(f -> f.field("registeredOn").order(SortOrder.Desc)));
                default -> { } // relevance
            }
            return s;
        });
        SearchResponse<ArchiveRecord> response = index.client().search(request, ArchiveRecord.class);
        List<RawHit> hits = new ArrayList<>();
        for (Hit<ArchiveRecord> hit : response.hits().hits()) {
            hits.add(new RawHit(hit.source(), hit.highlight(), hit.score()));
        }
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet.param, facetValues(facet, response.aggregations().get(facet.param)));
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new RawResult(total, hits, facets);
    }

    private static Query query(SearchParams params) {
        return Query.of(q -> q.bool(b -> {
            params.query().terms().forEach(term -> b.must(termQuery(term)));
            if (params.query().terms().isEmpty()) {
                b.must(m -> m.matchAll(a -> a));
            }
            if (!params.regionScope().isEmpty()) {
                b.filter(f -> f.terms(t -> t.field(Facet.REGION.field)
                        .terms(v -> v.value(params.regionScope().stream().sorted().map(FieldValue::of).toList()))));
            }
            if (params.from() != null || params.to() != null) {
                b.filter(f -> f.range(r -> r.date(d -> {
                    d.field("registeredOn");
                    if (params.from() != null) {
                        d.gte(params.from().toString());
                    }
                    if (params.to() != null) {
                        d.lte(params.to().toString());
                    }
                    return d;
                })));
            }
            return b;
        }));
    }

    /** One word or phrase: a phrase over the text fields, or an exact archive number, phone or e-mail. */
    static Query termQuery(String term) {
        String digits = term.replaceAll("[^0-9]", "");
        return Query.of(q -> q.bool(b -> {
            b.should(s -> s.multiMatch(m -> m.query(term).type(TextQueryType.Phrase).fields(TEXT_FIELDS)));
            b.should(s -> s.term(t -> t.field("archiveNo").value(term.toUpperCase(Locale.ROOT)).boost(10f)));
            b.should(s -> s.term(t -> t.field("customer.email").value(term.toLowerCase(Locale.ROOT)).boost(10f)));
            if (digits.length() >= 7 && digits.length() * 2 >= term.length()) {
                b.should(s -> s.term(t -> t.field("customer.mobile").value(digits).boost(10f)));
                b.should(s -> s.term(t -> t.field("customer.phone").value(term).boost(10f)));
            }
            return b.minimumShouldMatch("1");
        }));
    }

    /** All facet filters except {@code except}'s own (null: all of them). */
    private static Query facetFilter(Map<Facet, List<String>> filters, Facet except) {
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

    private static Aggregation facetAggregation(Facet facet, Map<Facet, List<String>> filters) {
        Map<String, Aggregation> sub = new LinkedHashMap<>();
        Aggregation terms = Aggregation.of(a -> {
            a.terms(t -> t.field(facet.field).size(50));
            if (facet == Facet.INDUSTRY) {
                a.aggregations("label", l -> l.terms(t -> t.field("customer.industry.name").size(1)));
            }
            return a;
        });
        sub.put("values", terms);
        return Aggregation.of(a -> a.filter(facetFilter(filters, facet)).aggregations(sub));
    }

    private static List<SearchResult.FacetValue> facetValues(Facet facet, Aggregate aggregate) {
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
