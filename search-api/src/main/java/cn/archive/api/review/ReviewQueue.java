package cn.archive.api.review;

import cn.archive.api.config.ArchiveProperties;
import cn.archive.ingest.extract.ReviewPolicy;
import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.record.DocumentType;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The review queue (双重验证) read from the search index: documents in NEEDS_REVIEW, oldest first,
 * with the caller's region scope applied inside the query the way search applies it, so totals and
 * pages never include a document the caller may not know of.
 */
@Component
class ReviewQueue {

    static final int MAX_SIZE = 100;
    /** Elasticsearch's default max_result_window: from + size beyond it is refused. */
    static final int MAX_WINDOW = 10_000;
    private static final List<String> SOURCE = List.of("id", "archiveNo", "documentType", "customer.name",
            "customer.tier", "customer.industry", "customer.region", "customer.phone", "customer.mobile", "customer.email",
            "registeredOn", "pages", "ingestedAt", "confidence");

    private final SearchIndex index;
    private final double threshold;

    ReviewQueue(SearchIndex index, ArchiveProperties props) {
        this.index = index;
        this.threshold = props.ingest().reviewThreshold();
    }

    /** One waiting document; {@code lowConfidence} names the key fields that sent it to review. */
    record Item(String id, String archiveNo, DocumentType documentType, String customerName, Integer pages,
                Instant ingestedAt, List<String> lowConfidence) {
    }

    /** A page of the queue. */
    record Page(long total, int page, int size, List<Item> items) {
    }

    Page list(int page, int size, Set<String> regionScope) throws IOException {
        SearchResponse<ArchiveRecord> response = index.client().search(s -> s.index(index.alias())
                .query(q -> q.bool(b -> {
                    b.filter(f -> f.term(t -> t.field("status").value(DocumentStatus.NEEDS_REVIEW.name())));
                    if (!regionScope.isEmpty()) {
                        b.filter(f -> f.terms(t -> t.field("customer.region.area")
                                .terms(v -> v.value(regionScope.stream().sorted().map(FieldValue::of).toList()))));
                    }
                    return b;
                }))
                .sort(o -> o.field(f -> f.field("ingestedAt").order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                .from(page * size)
                .size(size)
                .trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.includes(SOURCE))), ArchiveRecord.class);
        List<Item> items = new ArrayList<>();
        for (Hit<ArchiveRecord> hit : response.hits().hits()) {
            ArchiveRecord r = hit.source();
            items.add(new Item(r.id(), r.archiveNo(), r.documentType(), r.customer() == null ? null : r.customer().name(),
                    r.pages(), r.ingestedAt(), lowConfidence(r, threshold)));
        }
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        return new Page(total, page, size, items);
    }

    /**
     * The key fields of {@link ReviewPolicy} read with less confidence than the review threshold (or
     * with none), the customer's name when it is missing, and a key field whose label is on the paper with no value
     * read (an entry below the threshold and no value): what the clerk should look at first.
     */
    static List<String> lowConfidence(ArchiveRecord r, double threshold) {
        JsonNode json = FieldPaths.json(r);
        return ReviewPolicy.doubtful(key -> FieldPaths.valueAt(json, key), r.confidence(), threshold);
    }
}
