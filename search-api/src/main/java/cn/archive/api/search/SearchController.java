package cn.archive.api.search;

import cn.archive.api.audit.AuditAction;
import cn.archive.api.audit.AuditDetails;
import cn.archive.api.audit.AuditLog;
import cn.archive.api.security.Caller;
import cn.archive.api.security.PersonalDataMasker;
import cn.archive.api.security.Roles;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: keywords, facet filters, date range, paging and sort (interfaces.md). */
@RestController
class SearchController {

    private static final Set<String> SORTS = Set.of("relevance", "registeredOn", "-registeredOn");
    private static final int MAX_VALUES = 50;

    private final ArchiveSearch search;
    private final AuditLog audit;

    SearchController(ArchiveSearch search, AuditLog audit) {
        this.search = search;
        this.audit = audit;
    }

    @GetMapping("/api/search")
    SearchResult search(@RequestParam MultiValueMap<String, String> params, Authentication auth) throws IOException {
        SearchParams request = parse(params, Caller.regionScope());
        // The query runs while its audit event is written; nothing is served unless the event is durable.
        ArchiveSearch.RawResult raw = audit.recordWhile(AuditAction.SEARCH, null, AuditDetails.ofParams(params),
                () -> search.search(request));
        boolean unmasked = Roles.seesPersonalData(auth);
        List<SearchResult.Hit> hits = raw.hits().stream().map(h -> new SearchResult.Hit(h.record().id(),
                h.record().archiveNo(), h.record().documentType() == null ? null : h.record().documentType().name(),
                unmasked ? h.record().customer() : PersonalDataMasker.mask(h.record().customer()),
                h.record().registeredOn(), h.record().status() == null ? null : h.record().status().name(),
                unmasked ? h.highlights().values().stream().flatMap(List::stream).toList() : viewerHighlights(h),
                h.score(), h.documents())).toList();
        return new SearchResult(raw.total(), request.page(), request.size(), hits, raw.facets(),
                raw.next() == null ? null : raw.next().encode(), raw.customers());
    }

    /**
     * Highlights a viewer may see: none from the address field; none from the text that show part of
     * the customer's street (a fragment can start in the middle of the address line, past its label);
     * the rest masked by pattern.
     */
    static List<String> viewerHighlights(ArchiveSearch.RawHit hit) {
        String address = hit.record().customer() == null ? null : hit.record().customer().address();
        String street = address == null ? "" : address.substring(PersonalDataMasker.districtEnd(address));
        return hit.highlights().entrySet().stream()
                .filter(e -> !e.getKey().equals("customer.address"))
                .flatMap(e -> e.getValue().stream())
                .filter(fragment -> !sharesRun(fragment.replace("<em>", "").replace("</em>", ""), street, 3))
                .map(SearchController::maskHighlight)
                .toList();
    }

    /** Whether {@code text} contains any run of {@code n} characters of {@code secret}. */
    static boolean sharesRun(String text, String secret, int n) {
        for (int i = 0; i + n <= secret.length(); i++) {
            if (text.contains(secret.substring(i, i + n))) {
                return true;
            }
        }
        return false;
    }

    /** A highlight that shows personal data loses its marks and is masked as plain text. */
    static String maskHighlight(String highlight) {
        String plain = highlight.replace("<em>", "").replace("</em>", "");
        String masked = PersonalDataMasker.maskText(plain);
        return masked.equals(plain) ? highlight : masked;
    }

    static SearchParams parse(MultiValueMap<String, String> params, java.util.Set<String> regionScope) {
        Map<Facet, List<String>> filters = FacetAggregations.emptyFilters();
        for (Facet facet : Facet.values()) {
            List<String> values = params.getOrDefault(facet.param, List.of()).stream()
                    .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
            if (values.size() > MAX_VALUES || values.stream().anyMatch(v -> v.length() > 100)) {
                throw new SearchProblems.BadQuery("Too many or too long values for '" + facet.param + "'.");
            }
            filters.put(facet, values);
        }
        int page = integer(params.getFirst("page"), 0, "page");
        int size = integer(params.getFirst("size"), 20, "size");
        if (page < 0 || size < 1 || size > SearchParams.MAX_SIZE) {
            throw new SearchProblems.BadQuery("page must be ≥ 0 and size between 1 and " + SearchParams.MAX_SIZE + ".");
        }
        String sort = params.getFirst("sort") == null ? "relevance" : params.getFirst("sort");
        if (!SORTS.contains(sort)) {
            throw new SearchProblems.BadQuery("sort must be one of relevance, registeredOn, -registeredOn.");
        }
        String groupBy = params.getFirst("groupBy");
        if (groupBy != null && !groupBy.isBlank() && !groupBy.equals("customer")) {
            throw new SearchProblems.BadQuery("groupBy can only be 'customer'.");
        }
        boolean grouped = groupBy != null && groupBy.equals("customer");
        String cursor = params.getFirst("cursor");
        SearchCursor after = cursor == null || cursor.isBlank() ? null : SearchCursor.decode(cursor, sort);
        if (after != null && grouped) {
            throw new SearchProblems.BadQuery("Customers are paged with 'page', not with a cursor.");
        }
        if (after == null && (page + 1L) * size > SearchParams.MAX_WINDOW) {
            throw new SearchProblems.BadQuery("Numbered pages reach the first " + SearchParams.MAX_WINDOW
                    + " results; to go further pass the 'next' value of a page as 'cursor', or narrow the search.");
        }
        return new SearchParams(UserQuery.parse(params.getFirst("q")), filters, date(params.getFirst("from"), "from"),
                date(params.getFirst("to"), "to"), after == null ? page : 0, size, sort, after, grouped, regionScope);
    }

    private static int integer(String value, int fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new SearchProblems.BadQuery(name + " must be a whole number, not '" + value + "'.");
        }
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new SearchProblems.BadQuery(name + " must be a date like 2023-03-15, not '" + value + "'.");
        }
    }
}
