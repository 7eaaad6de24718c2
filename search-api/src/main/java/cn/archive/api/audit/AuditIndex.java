package cn.archive.api.audit;

import cn.archive.ingest.index.SearchIndex;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audit events in Elasticsearch, for filtering and paging ({@code GET /api/audit}). Derived: the
 * trail in the object store is the truth, and whatever the index misses is indexed from it before a
 * query is answered. Events are indexed by one background thread, off the request that caused them:
 * the request has already made its event durable in the trail, and waiting for Elasticsearch's
 * translog as well cost every API request about 10 ms (measured at 1M documents).
 */
class AuditIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditIndex.class);
    /** Events waiting to be indexed; beyond this (Elasticsearch down for long) they are left to {@link #catchUp}. */
    private static final int QUEUE = 10_000;
    /** Ranges of the trail at most this long are checked event by event when some are missing. */
    private static final int SCAN = 64;

    private static final String MAPPING = """
            {"mappings": {"dynamic": "strict", "properties": {
              "seq": {"type": "long"}, "time": {"type": "date"},
              "user": {"type": "keyword"}, "role": {"type": "keyword"}, "action": {"type": "keyword"},
              "target": {"type": "keyword"}, "outcome": {"type": "keyword"}, "clientAddress": {"type": "keyword"},
              "purpose": {"type": "text"}, "details": {"type": "object", "enabled": false},
              "prevHash": {"type": "keyword", "index": false}, "hash": {"type": "keyword", "index": false}}}}
            """;

    private final ElasticsearchClient client;
    private final String name;
    private final ThreadPoolExecutor indexer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(QUEUE), r -> {
                Thread t = new Thread(r, "audit-index");
                t.setDaemon(true);
                return t;
            }, (r, executor) -> log.warn("audit events are arriving faster than Elasticsearch indexes them; "
                    + "GET /api/audit will index the rest from the trail"));

    AuditIndex(SearchIndex documents) {
        this.client = documents.client();
        this.name = documents.alias() + "-audit";
    }

    void ensureIndex() throws IOException {
        if (!client.indices().exists(e -> e.index(name)).value()) {
            client.indices().create(c -> c.index(name).withJson(new StringReader(MAPPING)));
        }
    }

    void index(AuditEvent event) throws IOException {
        client.index(i -> i.index(name).id(Long.toString(event.seq())).document(event));
    }

    /**
     * Indexes a stored event in the background. A failure is only logged: the event is in the trail,
     * and {@link #catchUp} indexes whatever is missing before the log is read.
     */
    void indexLater(AuditEvent event) {
        indexer.execute(() -> {
            try {
                index(event);
            } catch (IOException | RuntimeException e) {
                log.warn("audit event {} is stored but not yet indexed: {}", event.seq(), e.toString());
            }
        });
    }

    /** Waits (a bounded while) until the events handed to {@link #indexLater} so far are indexed. */
    void awaitIndexed() throws IOException {
        try {
            indexer.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while audit events were being indexed", e);
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            // Whatever is not indexed by now is found missing and indexed from the trail.
            log.warn("audit events queued for indexing did not finish in time: {}", e.toString());
        }
    }

    /** Indexes every event of the trail the index does not have yet, and makes all of them searchable. */
    synchronized void catchUp(AuditTrail trail) throws IOException {
        awaitIndexed();
        long last = trail.lastSeq();
        client.indices().refresh(r -> r.index(name));
        if (last > 0 && indexMissing(trail, 1, last)) {
            client.indices().refresh(r -> r.index(name));
        }
    }

    /**
     * Indexes the events of {@code from..to} the index lacks: ranges that are complete by count are
     * skipped, so a few missing events among many cost a few counts, not one lookup per event.
     * Returns whether anything was indexed.
     */
    private boolean indexMissing(AuditTrail trail, long from, long to) throws IOException {
        long present = client.count(c -> c.index(name).query(q -> q.range(r -> r.number(n -> n.field("seq")
                .gte((double) from).lte((double) to))))).count();
        if (present >= to - from + 1) {
            return false;
        }
        if (present > 0 && to - from + 1 > SCAN) {
            long mid = from + (to - from) / 2;
            boolean lower = indexMissing(trail, from, mid);
            return indexMissing(trail, mid + 1, to) || lower;
        }
        for (long seq = from; seq <= to; seq++) {
            long s = seq;
            if (present == 0 || !client.exists(e -> e.index(name).id(Long.toString(s))).value()) {
                AuditEvent event = trail.read(seq).orElseThrow(() -> new IOException("audit event " + s
                        + " is missing from the object store: run ./archive audit verify"));
                index(event);
            }
        }
        return true;
    }

    /** Lets the events already queued be indexed (for a while) when the application stops. */
    @Override
    public void close() throws InterruptedException {
        indexer.shutdown();
        if (!indexer.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("audit events still queued for indexing at shutdown are indexed from the trail later");
            indexer.shutdownNow();
        }
    }

    /** One page of events matching the filters, newest first. */
    AuditPage search(AuditQuery query) throws IOException {
        Query filter = Query.of(q -> q.bool(b -> {
            if (query.user() != null) {
                b.filter(f -> f.term(t -> t.field("user").value(query.user())));
            }
            if (query.action() != null) {
                b.filter(f -> f.term(t -> t.field("action").value(query.action())));
            }
            if (query.documentId() != null) {
                b.filter(f -> f.term(t -> t.field("target").value(query.documentId())));
            }
            if (query.from() != null || query.to() != null) {
                b.filter(f -> f.range(r -> r.date(d -> {
                    d.field("time");
                    if (query.from() != null) {
                        d.gte(query.from().toString());
                    }
                    if (query.to() != null) {
                        d.lt(query.to().toString());
                    }
                    return d;
                })));
            }
            return b;
        }));
        SearchResponse<AuditEvent> response = client.search(s -> s.index(name).query(filter)
                .from(query.page() * query.size()).size(query.size()).trackTotalHits(t -> t.enabled(true))
                .sort(o -> o.field(f -> f.field("seq").order(SortOrder.Desc))), AuditEvent.class);
        List<AuditEvent> events = new ArrayList<>();
        for (Hit<AuditEvent> hit : response.hits().hits()) {
            events.add(hit.source());
        }
        long total = response.hits().total() == null ? events.size() : response.hits().total().value();
        return new AuditPage(total, query.page(), query.size(), events);
    }
}
