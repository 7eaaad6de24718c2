package cn.archive.ingest.index;

import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.RecordJson;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * The search index (检索索引): derived from the object store and rebuildable from it at any time.
 * The application reads and writes through an alias; each physical index carries the mapping
 * version and a build time in its name, so a new mapping is rolled out by building a new index and
 * switching the alias in one atomic step while searches keep running.
 */
public final class SearchIndex implements AutoCloseable {

    /**
     * The version of index.json's mapping; raise it with every mapping change (see {@link #rollOutNeeded}).
     * 2: the {@code lookup} keys. 3: two-character shingles on the text fields ({@code index_phrases},
     * so a Chinese word is one term, not a phrase of characters) and eagerly built facet ordinals.
     */
    public static final int MAPPING_VERSION = 3;
    private static final DateTimeFormatter BUILD = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private final RestClient rest;
    private final ElasticsearchClient client;
    private final String alias;

    public SearchIndex(String url, String alias) {
        this.rest = RestClient.builder(HttpHost.create(url)).build();
        this.client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(RecordJson.mapper())));
        this.alias = alias;
    }

    public ElasticsearchClient client() {
        return client;
    }

    public String alias() {
        return alias;
    }

    /** Creates the first index version and its alias when there is none; safe on every start. */
    public void ensureIndex() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            String index = createVersion();
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias))));
        }
    }

    /** Creates a new, empty physical index with the current mapping and returns its name. */
    public String createVersion() throws IOException {
        String name = alias + "-v" + MAPPING_VERSION + "-" + LocalDateTime.now().format(BUILD);
        try (InputStream body = SearchIndex.class.getResourceAsStream("index.json")) {
            client.indices().create(c -> c.index(name).withJson(body));
        }
        return name;
    }

    /**
     * Whether the alias points at an index built with an older mapping. Rolling the new one out is
     * {@code ./archive reindex}: a new version is filled from the object store while searches keep
     * answering from the old one, then the alias switches in one atomic step.
     */
    public boolean rollOutNeeded() throws IOException {
        for (var mapping : client.indices().getMapping(m -> m.index(alias)).result().values()) {
            var meta = mapping.mappings().meta();
            var version = meta == null ? null : meta.get("mappingVersion");
            if (version == null || version.to(Integer.class) < MAPPING_VERSION) {
                return true;
            }
        }
        return false;
    }

    /** Physical indices the alias points to now. */
    public Set<String> currentIndices() throws IOException {
        return client.indices().getAlias(a -> a.name(alias)).result().keySet();
    }

    /** Points the alias at {@code index} alone, in one atomic step, and deletes what it pointed to. */
    public void switchAlias(String index) throws IOException {
        Set<String> old = client.indices().existsAlias(a -> a.name(alias)).value() ? currentIndices() : Set.of();
        client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(index).alias(alias)));
            old.stream().filter(o -> !o.equals(index)).forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(alias))));
            return u;
        });
        for (String o : old) {
            if (!o.equals(index)) {
                client.indices().delete(d -> d.index(o));
            }
        }
    }

    /** Indexes (or replaces) one document under its id. */
    public void index(ArchiveRecord record) throws IOException {
        client.index(i -> i.index(alias).id(record.id()).document(IndexDocument.of(record)));
    }

    /**
     * Indexes a batch into {@code index} and returns the ids Elasticsearch rejected, with why: a bulk
     * request can succeed as a whole while single items in it fail.
     */
    public List<String> bulk(String index, List<ArchiveRecord> records) throws IOException {
        if (records.isEmpty()) {
            return List.of();
        }
        BulkRequest.Builder request = new BulkRequest.Builder();
        for (ArchiveRecord r : records) {
            request.operations(op -> op.index(i -> i.index(index).id(r.id()).document(IndexDocument.of(r))));
        }
        BulkResponse response = client.bulk(request.build());
        List<String> failures = new ArrayList<>();
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null) {
                    failures.add(item.id() + ": " + item.error().reason());
                }
            }
        }
        return failures;
    }

    public Optional<ArchiveRecord> get(String id) throws IOException {
        var response = client.get(g -> g.index(alias).id(id), ArchiveRecord.class);
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    public long count() throws IOException {
        return client.count(c -> c.index(alias)).count();
    }

    /** Makes what was indexed visible to search now, rather than within the refresh interval. */
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(alias));
    }

    /** Indexes one document and waits until it is searchable (for tests and single uploads). */
    public void indexAndWait(ArchiveRecord record) throws IOException {
        client.index(i -> i.index(alias).id(record.id()).document(IndexDocument.of(record)).refresh(Refresh.WaitFor));
    }

    @Override
    public void close() throws IOException {
        rest.close();
    }
}
