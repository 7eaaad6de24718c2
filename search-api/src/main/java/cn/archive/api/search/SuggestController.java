package cn.archive.api.search;

import cn.archive.api.audit.AuditAction;
import cn.archive.api.audit.AuditLog;
import cn.archive.api.security.Caller;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/suggest?q=…}: customer names starting with what was typed, for the search box. */
@RestController
class SuggestController {

    private final NameSuggestions suggestions;
    private final AuditLog audit;

    SuggestController(NameSuggestions suggestions, AuditLog audit) {
        this.suggestions = suggestions;
        this.audit = audit;
    }

    /** The answer: names in the order Elasticsearch ranks them. */
    record Suggestions(List<String> suggestions) {
    }

    @GetMapping("/api/suggest")
    Suggestions suggest(@RequestParam(name = "q", required = false) String q,
                        @RequestParam(name = "size", required = false) Integer size) throws IOException {
        Suggestions answer = suggest(q, size, Caller.regionScope());
        // A suggestion discloses names like a search does: audited as one, before it is served.
        audit.record(AuditAction.SEARCH, null, AuditLog.OK, null, Map.of("suggest", q == null ? "" : q));
        return answer;
    }

    Suggestions suggest(String q, Integer size, Set<String> regionScope) throws IOException {
        int n = size == null ? 10 : size;
        if (n < 1 || n > NameSuggestions.MAX_SIZE) {
            throw new SearchProblems.BadQuery("size must be between 1 and " + NameSuggestions.MAX_SIZE + ".");
        }
        String prefix = q == null ? "" : q.strip();
        if (prefix.length() > NameSuggestions.MAX_PREFIX) {
            throw new SearchProblems.BadQuery("Suggestions start from at most " + NameSuggestions.MAX_PREFIX
                    + " characters; type the start of a name.");
        }
        if (prefix.isEmpty()) {
            return new Suggestions(List.of());
        }
        return new Suggestions(suggestions.suggest(prefix, n, regionScope));
    }
}
