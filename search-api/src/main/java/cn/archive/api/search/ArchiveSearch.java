package cn.archive.api.search;

import cn.archive.ingest.index.IndexDocument;
import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.record.ArchiveRecord;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
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
    /** The fields highlights are taken from (contact people and industries are shown whole in the hit). */
    static final List<String> HIGHLIGHTED = List.of("customer.name", "customer.address", "transactions.item",
            "communications.summary", "text");
    private static final Pattern ADJACENT_MARKS = Pattern.compile("</em>(\\s*)<em>");
    /** The customer a document is about, as grouped in {@code groupBy=customer}. */
    static final String CUSTOMER_KEY = "customer.name.keyword";
    private static final List<String> SOURCE = List.of("id", "archiveNo", "documentType", "customer", "registeredOn",
            "status");

    /** Shortest archive-number start searched by prefix: shorter ones match too much to help. */
    static final int MIN_PREFIX = 3;

    private final SearchIndex index;

    ArchiveSearch(SearchIndex index) {
        this.index = index;
    }

    /** A hit as Elasticsearch gave it, before masking; {@code documents} is set when grouped by customer. */
    record RawHit(ArchiveRecord record, Map<String, List<String>> highlights, Double score, Long documents) {
    }

    /** Hits and facet counts as Elasticsearch gave them; {@code next} is null on the last page. */
    record RawResult(long total, List<RawHit> hits, Map<String, List<SearchResult.FacetValue>> facets,
                     SearchCursor next, Long customers) {
    }

    RawResult search(SearchParams params) throws IOException {
        SearchRequest request = SearchRequest.of(s -> {
            s.index(index.alias())
                    .query(query(params))
                    .postFilter(FacetAggregations.filter(params.filters(), null))
                    .size(params.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(SOURCE)));
            if (!params.query().terms().isEmpty()) {
                s.highlight(h -> {
                    h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>").fragmentSize(80)
                            .numberOfFragments(2).requireFieldMatch(true)
                            .highlightQuery(highlightQuery(params.query().terms()));
                    // The name is short: shown whole, not in fragments.
                    HIGHLIGHTED.forEach(field -> h.fields(field,
                            f -> field.equals("customer.name") ? f.numberOfFragments(0) : f));
                    return h;
                });
            }
            s.aggregations(FacetAggregations.aggregations(params.filters()));
            // The id breaks ties, so pages never repeat or skip a hit and a cursor points at one place.
            switch (params.sort()) {
                case "registeredOn" -> s.sort(o -> o.field(f -> f.field("registeredOn").order(SortOrder.Asc)));
                case "-registeredOn" -> s.sort(o -> o.field(f -> f.field("registeredOn").order(SortOrder.Desc)));
                default -> s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            }
            s.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            if (params.after() != null) {
                s.searchAfter(params.after().values());
            } else {
                s.from(params.page() * params.size());
            }
            if (params.groupByCustomer()) {
                // One row per customer, with how many of its documents match (the inner hits' total).
                s.collapse(c -> c.field(CUSTOMER_KEY).innerHits(i -> i.name("documents").size(0)));
                s.aggregations("customers", a -> a.filter(FacetAggregations.filter(params.filters(), null))
                        .aggregations("count", c -> c.cardinality(card -> card.field(CUSTOMER_KEY))));
            }
            return s;
        });
        SearchResponse<ArchiveRecord> response = index.client().search(request, ArchiveRecord.class);
        List<RawHit> hits = new ArrayList<>();
        for (Hit<ArchiveRecord> hit : response.hits().hits()) {
            var group = hit.innerHits().get("documents");
            Long documents = group == null || group.hits().total() == null ? null : group.hits().total().value();
            hits.add(new RawHit(hit.source(), joinMarks(hit.highlight()), hit.score(), documents));
        }
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet.param, FacetAggregations.values(facet, params.filters(), response.aggregations()));
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        List<Hit<ArchiveRecord>> page = response.hits().hits();
        SearchCursor next = params.groupByCustomer() || page.size() < params.size() ? null
                : new SearchCursor(params.sort(), page.get(page.size() - 1).sort());
        Long customers = params.groupByCustomer()
                ? response.aggregations().get("customers").filter().aggregations().get("count").cardinality().value()
                : null;
        return new RawResult(total, hits, facets, next, customers);
    }

    /**
     * What the highlighter marks: each term as an ordered run of its tokens with no gap, on the
     * field's own positions. The search itself cannot serve here: with {@code index_phrases} a phrase
     * becomes a lookup in the hidden {@code ._index_phrase} field, and the highlighter finds nothing of
     * it in the field it highlights (elastic/elasticsearch#40227). The intervals query is analysed by
     * Elasticsearch with the field's analyzer, so the user's text is still a value, never syntax.
     */
    static Query highlightQuery(List<String> terms) {
        return Query.of(q -> q.bool(b -> {
            for (String term : terms) {
                for (String field : HIGHLIGHTED) {
                    b.should(s -> s.intervals(i -> i.field(field).match(m -> m.query(term).ordered(true).maxGaps(0))));
                }
            }
            return b;
        }));
    }

    /**
     * One mark per matched word: the intervals highlighter marks each character of 华联 on its own
     * ({@code <em>华</em><em>联</em>}), which reads as two hits; marks that touch are joined.
     */
    static Map<String, List<String>> joinMarks(Map<String, List<String>> highlights) {
        Map<String, List<String>> joined = new LinkedHashMap<>();
        highlights.forEach((field, fragments) -> joined.put(field,
                fragments.stream().map(f -> ADJACENT_MARKS.matcher(f).replaceAll("$1")).toList()));
        return joined;
    }

    private static Query query(SearchParams params) {
        return Query.of(q -> q.bool(b -> {
            // (Measured: a term as FILTER plus the same as SHOULD, for scores only where hits are
            // collected, gains nothing - Lucene rewrites a clause that is both into one MUST clause.)
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

    /**
     * One word or phrase: a phrase over the text fields, or an exact value — an archive number whole
     * or by its start, an e-mail, a phone number with or without separators or by its last 4 digits.
     * Every value is a term or prefix on a keyword field: nothing of the user's text is query syntax.
     */
    static Query termQuery(String term) {
        String digits = term.replaceAll("[^0-9]", "");
        String compact = IndexDocument.compact(term);
        boolean latin = compact.length() == term.replaceAll("[\\s\\-_/.#]", "").length();
        return Query.of(q -> q.bool(b -> {
            b.should(s -> s.multiMatch(m -> m.query(term).type(TextQueryType.Phrase).fields(TEXT_FIELDS)));
            b.should(s -> s.term(t -> t.field("archiveNo").value(term.toUpperCase(Locale.ROOT)).boost(10f)));
            if (latin && compact.length() >= MIN_PREFIX && !compact.chars().allMatch(Character::isDigit)) {
                // KH-2023 finds KH-2023-000417 and KH2023000417: the start of the number without separators.
                b.should(s -> s.prefix(p -> p.field("lookup.archiveNoCompact").value(compact).boost(5f)));
            }
            if (term.indexOf('@') > 0) {
                b.should(s -> s.term(t -> t.field("customer.email").value(term.toLowerCase(Locale.ROOT)).boost(10f)));
            }
            if (digits.length() == 4 && term.strip().equals(digits)) {
                b.should(s -> s.term(t -> t.field("lookup.phoneTail").value(digits).boost(3f)));
            } else if (digits.length() >= 5 && digits.length() * 2 >= term.length()) {
                b.should(s -> s.term(t -> t.field("lookup.phoneDigits").value(digits).boost(10f)));
            }
            return b.minimumShouldMatch("1");
        }));
    }
}
