package cn.archive.ingest.pipeline;

import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.store.DocumentStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Rebuilds the search index from the manifests in the object store (重建索引): a new index version
 * is filled in batches, then the alias is switched to it in one step, so searches keep answering
 * from the old index until the new one is complete. FAILED documents are not searchable.
 */
public final class Reindexer {

    private static final int BATCH = 200;

    private final DocumentStore store;
    private final SearchIndex index;

    public Reindexer(DocumentStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    /** What a rebuild did. */
    public record Result(String index, int indexed, int skipped, List<String> failures) {
    }

    public Result rebuild(IntConsumer progress) throws IOException {
        List<String> ids = store.manifestIds();
        String target = index.createVersion();
        List<ArchiveRecord> batch = new ArrayList<>(BATCH);
        List<String> failures = new ArrayList<>();
        int indexed = 0;
        int skipped = 0;
        for (String id : ids) {
            ArchiveRecord record = store.requireManifest(id);
            if (record.status() == DocumentStatus.INDEXED || record.status() == DocumentStatus.NEEDS_REVIEW) {
                batch.add(record);
            } else {
                skipped++;
            }
            if (batch.size() == BATCH) {
                failures.addAll(index.bulk(target, batch));
                indexed += batch.size();
                batch.clear();
                progress.accept(indexed + skipped);
            }
        }
        failures.addAll(index.bulk(target, batch));
        indexed += batch.size();
        progress.accept(indexed + skipped);
        if (!failures.isEmpty()) {
            throw new IOException("reindex into " + target + " rejected " + failures.size()
                    + " documents; the alias still points to the old index. First: " + failures.get(0));
        }
        index.switchAlias(target);
        return new Result(target, indexed, skipped, failures);
    }
}
