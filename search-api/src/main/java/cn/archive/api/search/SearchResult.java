package cn.archive.api.search;

import cn.archive.ingest.record.Customer;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/search} (interfaces.md), plus {@code next} (the cursor of the following
 * page, absent on the last) and {@code customers} (how many customers match, with groupBy=customer).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets,
                    String next, Long customers) {

    /** One matching document, its personal fields masked as the caller's role needs. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Hit(String id, String archiveNo, String documentType, Customer customer, LocalDate registeredOn,
               String status, List<String> highlights, Double score, Long documents) {
    }

    /** One facet value and how many documents have it under the other facets' filters. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FacetValue(String value, String label, long count) {
    }
}
