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
 * @param after   where a deep walk continues (search_after); null for a numbered page
 * @param groupByCustomer one row per customer with its document count
 * @param regionScope areas (华东…) the caller may see; empty means every area. Applied inside the
 *                query, so hits, totals and facet counts never show documents outside it.
 */
record SearchParams(UserQuery query, Map<Facet, List<String>> filters, LocalDate from, LocalDate to,
                    int page, int size, String sort, SearchCursor after, boolean groupByCustomer,
                    java.util.Set<String> regionScope) {

    static final int MAX_SIZE = 100;
    /** Elasticsearch's result window for numbered pages; deeper walks go by cursor (search_after). */
    static final int MAX_WINDOW = 10_000;
}
