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

/**
 * Audit events in Elasticsearch, for filtering and paging ({@code GET /api/audit}). Derived: the
 * trail in the object store is the truth, and whatever the index misses is indexed from it before a
 * query is answered.
 */
class AuditIndex {

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

    /** Indexes every event of the trail the index does not have yet, and makes all of them searchable. */
    synchronized void catchUp(AuditTrail trail) throws IOException {
        long last = trail.lastSeq();
        client.indices().refresh(r -> r.index(name));
        long count = client.count(c -> c.index(name)).count();
        if (count < last) {
            for (long seq = 1; seq <= last; seq++) {
                long s = seq;
                if (!client.exists(e -> e.index(name).id(Long.toString(s))).value()) {
                    AuditEvent event = trail.read(seq).orElseThrow(() -> new IOException("audit event " + s
                            + " is missing from the object store: run ./archive audit verify"));
                    index(event);
                }
            }
            client.indices().refresh(r -> r.index(name));
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
