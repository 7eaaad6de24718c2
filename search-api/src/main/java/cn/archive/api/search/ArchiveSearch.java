package cn.archive.api.search;

import cn.archive.ingest.index.IndexDocument;
import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.record.ArchiveRecord;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.ObjectBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
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
    private static final String CUSTOMERS = "customers";
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

    /**
     * One {@code _msearch}: the page of hits, then the facet counts as requests of their own
     * ({@link FacetAggregations#counts}). The hits are ranked with the facet filters inside the query
     * and without an exact total, so Elasticsearch scores only the hits that can still reach the page;
     * the counts need no scores, so the words are matched as filters, which Elasticsearch caches; and
     * each count carries its facet filters in its query, so it walks only the documents it counts.
     * The total comes from the count that applies every filter. At a million documents, where a
     * common word matches most of them, this is several times faster than one request that scores
     * every match and filters it again in each facet's aggregation (measured in the notes).
     */
    RawResult search(SearchParams params) throws IOException {
        List<FacetAggregations.Count> counts = FacetAggregations.counts(params.filters());
        MsearchResponse<ArchiveRecord> response = index.client().msearch(m -> {
            m.index(index.alias()).searches(s -> s.header(h -> h).body(b -> hits(b, params)));
            for (FacetAggregations.Count count : counts) {
                m.searches(s -> s.header(h -> h).body(b -> count(b, params, count)));
            }
            return m;
        }, ArchiveRecord.class);
        MultiSearchItem<ArchiveRecord> page = result(response, 0);
        List<RawHit> hits = new ArrayList<>();
        for (Hit<ArchiveRecord> hit : page.hits().hits()) {
            var group = hit.innerHits().get("documents");
            Long documents = group == null || group.hits().total() == null ? null : group.hits().total().value();
            hits.add(new RawHit(hit.source(), joinMarks(hit.highlight()), hit.score(), documents));
        }
        Map<Facet, List<SearchResult.FacetValue>> facets = new EnumMap<>(Facet.class);
        long total = 0;
        Long customers = null;
        for (int i = 0; i < counts.size(); i++) {
            FacetAggregations.Count count = counts.get(i);
            MultiSearchItem<ArchiveRecord> counted = result(response, i + 1);
            for (Facet facet : count.facets()) {
                facets.put(facet, FacetAggregations.values(facet, counted.aggregations().get(facet.param)));
            }
            if (count.everyFilter()) {
                total = counted.hits().total().value();
                if (params.groupByCustomer()) {
                    customers = counted.aggregations().get(CUSTOMERS).cardinality().value();
                }
            }
        }
        Map<String, List<SearchResult.FacetValue>> byParam = new LinkedHashMap<>();
        facets.forEach((facet, values) -> byParam.put(facet.param, values));
        List<Hit<ArchiveRecord>> shown = page.hits().hits();
        SearchCursor next = params.groupByCustomer() || shown.size() < params.size() ? null
                : new SearchCursor(params.sort(), shown.get(shown.size() - 1).sort());
        return new RawResult(total, hits, byParam, next, customers);
    }

    /** The page of hits: ranked, highlighted, no total (the counts give it). */
    private static ObjectBuilder<MultisearchBody> hits(MultisearchBody.Builder s, SearchParams params) {
        s.query(q -> q.bool(b -> b.must(query(params)).filter(FacetAggregations.filters(params.filters(), null))))
                .size(params.size())
                .trackTotalHits(t -> t.enabled(false))
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
        }
        return s;
    }

    /** Counts of some facets: no hits, the words as a filter, every facet filter but the counted facet's own. */
    private static ObjectBuilder<MultisearchBody> count(MultisearchBody.Builder s, SearchParams params,
                                                         FacetAggregations.Count count) {
        s.query(q -> q.bool(b -> b.filter(query(params)).filter(FacetAggregations.filters(params.filters(), count.except()))))
                .size(0)
                .trackTotalHits(t -> t.enabled(count.everyFilter()))
                .aggregations(FacetAggregations.aggregations(count));
        if (count.everyFilter() && params.groupByCustomer()) {
            s.aggregations(CUSTOMERS, a -> a.cardinality(c -> c.field(CUSTOMER_KEY)));
        }
        return s;
    }

    private static MultiSearchItem<ArchiveRecord> result(MsearchResponse<ArchiveRecord> response, int i) {
        MultiSearchResponseItem<ArchiveRecord> item = response.responses().get(i);
        if (item.isFailure()) {
            throw new ElasticsearchException("msearch", item.failure());
        }
        return item.result();
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
