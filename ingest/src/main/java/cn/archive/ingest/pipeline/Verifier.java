package cn.archive.ingest.pipeline;

import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.intake.Sha256;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.record.RecordJson;
import cn.archive.ingest.store.DocumentStore;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HitsMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./archive verify} (核对): compares the object store, the source of truth, with the search
 * index. <b>missing</b>: finished in the store but not in the index; <b>stale</b>: in the index with
 * other content than its manifest; <b>orphaned</b>: in the index with no manifest, or an original
 * with no manifest; <b>corrupt</b>: an original whose bytes no longer hash to its id, or a manifest
 * whose original is gone. Only a digest per indexed document is held, so memory stays small.
 */
public final class Verifier {

    private static final int PAGE = 500;

    private final DocumentStore store;
    private final SearchIndex index;

    public Verifier(DocumentStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    /** What a verification found; each list holds {@code id: explanation} lines. */
    public record Report(int manifests, int indexed, int waiting, List<String> missing, List<String> stale,
                         List<String> orphaned, List<String> corrupt) {

        public boolean consistent() {
            return missing.isEmpty() && stale.isEmpty() && orphaned.isEmpty() && corrupt.isEmpty();
        }
    }

    public Report verify(boolean rehashOriginals) throws IOException {
        Map<String, String> indexed = indexDigests();
        Set<String> originals = new HashSet<>();
        for (String key : store.objects().list("originals/")) {
            originals.add(key.substring("originals/".length()));
        }
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        List<String> orphaned = new ArrayList<>();
        List<String> corrupt = new ArrayList<>();
        int waiting = 0;
        List<String> ids = store.manifestIds();
        for (String id : ids) {
            ArchiveRecord manifest = store.requireManifest(id);
            boolean searchable = manifest.status() == DocumentStatus.INDEXED
                    || manifest.status() == DocumentStatus.NEEDS_REVIEW;
            String inIndex = indexed.remove(id);
            if (manifest.status() == DocumentStatus.STORED || manifest.status() == DocumentStatus.RECEIVED) {
                waiting++;
            }
            if (searchable && inIndex == null) {
                missing.add(id + ": " + manifest.status() + " in the store, absent from the index (" + manifest.file() + ")");
            } else if (inIndex != null && !inIndex.equals(digest(manifest))) {
                stale.add(id + ": the index holds other content than the manifest (" + manifest.status() + ")");
            }
            if (!originals.remove(id)) {
                corrupt.add(id + ": the manifest has no original beside it (" + manifest.file() + ")");
            } else if (rehashOriginals && !id.equals(hash(id))) {
                corrupt.add(id + ": the original's bytes no longer hash to its id; restore it from a backup or rescan");
            }
        }
        indexed.keySet().forEach(id -> orphaned.add(id + ": in the index, but the store has no manifest"));
        originals.forEach(id -> orphaned.add(id + ": an original without a manifest (a crash between the two writes)"));
        return new Report(ids.size(), ids.size() - waiting, waiting, missing, stale, orphaned, corrupt);
    }

    /** Every indexed document's id and a digest of its source, read page by page through a scroll. */
    private Map<String, String> indexDigests() throws IOException {
        Map<String, String> digests = new HashMap<>();
        var client = index.client();
        SearchResponse<ArchiveRecord> first = client.search(s -> s.index(index.alias()).size(PAGE)
                .scroll(t -> t.time("2m")), ArchiveRecord.class);
        String scrollId = first.scrollId();
        HitsMetadata<ArchiveRecord> hits = first.hits();
        try {
            while (!hits.hits().isEmpty()) {
                for (Hit<ArchiveRecord> hit : hits.hits()) {
                    digests.put(hit.id(), digest(hit.source()));
                }
                String current = scrollId;
                ScrollResponse<ArchiveRecord> next = client.scroll(s -> s.scrollId(current).scroll(t -> t.time("2m")),
                        ArchiveRecord.class);
                scrollId = next.scrollId();
                hits = next.hits();
            }
        } finally {
            String last = scrollId;
            client.clearScroll(c -> c.scrollId(last));
        }
        return digests;
    }

    /** Both sides go through the same record type, so equal content gives equal JSON. */
    private static String digest(ArchiveRecord record) throws IOException {
        return Sha256.of(RecordJson.mapper().writeValueAsBytes(record));
    }

    private String hash(String id) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(store.openOriginal(id), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
