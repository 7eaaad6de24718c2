package cn.archive.api.search;

import cn.archive.ingest.index.IndexDocument;
import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.record.ArchiveRecord;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionContext;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Customer names for the search box as the user types (名称联想), from the completion field
 * {@code lookup.nameSuggest}. Each suggestion carries its customer's area as a context, and the
 * query asks only for the caller's areas, so a scoped user is never shown a name outside the scope.
 */
@Component
class NameSuggestions {

    /** Every area a record can have (record-schema.md) and the context of records without one. */
    static final List<String> ALL_AREAS = List.of("华北", "东北", "华东", "华中", "华南", "西南", "西北", "港澳台",
            IndexDocument.NO_AREA);
    static final int MAX_PREFIX = 50;
    static final int MAX_SIZE = 20;

    private final SearchIndex index;

    NameSuggestions(SearchIndex index) {
        this.index = index;
    }

    /** Up to {@code size} distinct customer names starting with {@code prefix}, within {@code regionScope}. */
    List<String> suggest(String prefix, int size, Set<String> regionScope) throws IOException {
        List<String> areas = regionScope.isEmpty() ? ALL_AREAS : regionScope.stream().sorted().toList();
        List<CompletionContext> contexts = areas.stream()
                .map(a -> CompletionContext.of(c -> c.context(x -> x.category(a)))).toList();
        SearchResponse<ArchiveRecord> response = index.client().search(s -> s.index(index.alias())
                .size(0)
                .source(src -> src.filter(f -> f.includes("customer.name")))
                .suggest(sg -> sg.suggesters("names", n -> n.prefix(prefix)
                        .completion(c -> c.field("lookup.nameSuggest").skipDuplicates(true)
                                .size(size * 2).contexts("area", contexts)))), ArchiveRecord.class);
        // An input may be the name without its leading place: show the customer's full name, once.
        Set<String> names = new LinkedHashSet<>();
        for (Suggestion<ArchiveRecord> suggestion : response.suggest().getOrDefault("names", List.of())) {
            for (CompletionSuggestOption<ArchiveRecord> option : suggestion.completion().options()) {
                ArchiveRecord r = option.source();
                names.add(r != null && r.customer() != null && r.customer().name() != null
                        ? r.customer().name() : option.text());
            }
        }
        return new ArrayList<>(names).subList(0, Math.min(size, names.size()));
    }
}
