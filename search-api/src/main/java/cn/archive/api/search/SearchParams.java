package cn.archive.api.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A validated search request.
 *
 * @param query   the parsed search box
 * @param filters selected values per facet: OR within a facet, AND across facets
 * @param from    earliest registeredOn, inclusive
 * @param to      latest registeredOn, inclusive
 * @param sort    relevance, registeredOn or -registeredOn
 * @param regionScope areas (华东…) the caller may see; empty means every area. Applied inside the
 *                query, so hits, totals and facet counts never show documents outside it.
 */
record SearchParams(UserQuery query, Map<Facet, List<String>> filters, LocalDate from, LocalDate to,
                    int page, int size, String sort, java.util.Set<String> regionScope) {

    static final int MAX_SIZE = 100;
    /** Elasticsearch's result window; deeper pages need search_after (not offered yet). */
    static final int MAX_WINDOW = 10_000;
}
