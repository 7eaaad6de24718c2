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
        int n = size(size);
        String prefix = prefix(q);
        Set<String> scope = Caller.regionScope();
        // A suggestion discloses names like a search does: audited as one, durable before it is served.
        return audit.recordWhile(AuditAction.SEARCH, null, Map.of("suggest", q == null ? "" : q),
                () -> lookUp(prefix, n, scope));
    }

    Suggestions suggest(String q, Integer size, Set<String> regionScope) throws IOException {
        return lookUp(prefix(q), size(size), regionScope);
    }

    private Suggestions lookUp(String prefix, int n, Set<String> regionScope) throws IOException {
        if (prefix.isEmpty()) {
            return new Suggestions(List.of());
        }
        return new Suggestions(suggestions.suggest(prefix, n, regionScope));
    }

    /** The number of names asked for, checked before anything is looked up or audited. */
    private static int size(Integer size) {
        int n = size == null ? 10 : size;
        if (n < 1 || n > NameSuggestions.MAX_SIZE) {
            throw new SearchProblems.BadQuery("size must be between 1 and " + NameSuggestions.MAX_SIZE + ".");
        }
        return n;
    }

    private static String prefix(String q) {
        String prefix = q == null ? "" : q.strip();
        if (prefix.length() > NameSuggestions.MAX_PREFIX) {
            throw new SearchProblems.BadQuery("Suggestions start from at most " + NameSuggestions.MAX_PREFIX
                    + " characters; type the start of a name.");
        }
        return prefix;
    }
}
