package cn.archive.ingest.store;

import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.RecordJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The archive's layout in the object store, the source of truth: each original byte-for-byte under
 * {@code originals/<sha256>}, and beside it a JSON manifest {@code manifests/<sha256>.json} with what
 * was extracted and the document's status. The search index is rebuilt from these alone.
 *
 * <p>The manifest always holds the newest revision of a record. Once a document has been reviewed,
 * every revision, the first as ingested included, is kept as {@code revisions/<sha256>/<n>.json}
 * ({@link Revision}: the record, who saved it, when and which fields changed); a reviewed revision
 * is written there before the manifest moves to it. Revisions live outside {@code manifests/} so
 * that listing manifests still lists documents.
 */
public final class DocumentStore {

    private static final String ORIGINALS = "originals/";
    private static final String MANIFESTS = "manifests/";
    private static final String REVISIONS = "revisions/";

    private final ObjectStore store;

    public DocumentStore(ObjectStore store) {
        this.store = store;
    }

    public ObjectStore objects() {
        return store;
    }

    /** Stores an original unless the same bytes are already there; returns once it is durable. */
    public void storeOriginal(String sha256, Path file, String contentType) throws IOException {
        if (store.stat(originalKey(sha256)).isEmpty()) {
            store.put(originalKey(sha256), file, contentType);
        }
    }

    public Optional<ObjectStore.StoredObject> statOriginal(String sha256) throws IOException {
        return store.stat(originalKey(sha256));
    }

    public InputStream openOriginal(String sha256) throws IOException {
        return store.get(originalKey(sha256));
    }

    public InputStream openOriginal(String sha256, long offset, long length) throws IOException {
        return store.get(originalKey(sha256), offset, length);
    }

    public void writeManifest(ArchiveRecord record) throws IOException {
        store.put(manifestKey(record.id()), RecordJson.mapper().writeValueAsBytes(record), "application/json");
    }

    public Optional<ArchiveRecord> readManifest(String sha256) throws IOException {
        if (store.stat(manifestKey(sha256)).isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = store.get(manifestKey(sha256))) {
            return Optional.of(RecordJson.mapper().readValue(in, ArchiveRecord.class));
        }
    }

    /** Ids of every document that has a manifest. */
    public List<String> manifestIds() throws IOException {
        return store.list(MANIFESTS).stream()
                .filter(k -> k.endsWith(".json"))
                .map(k -> k.substring(MANIFESTS.length(), k.length() - ".json".length()))
                .toList();
    }

    /** Reads a manifest known to exist, for bulk passes such as reindex. */
    public ArchiveRecord requireManifest(String sha256) {
        try {
            return readManifest(sha256).orElseThrow(() ->
                    new IllegalStateException("manifest of " + sha256 + " vanished from the store"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One saved revision of a record.
     *
     * @param revision the record's revision number
     * @param savedAt  when it was saved (ingested, for revision 1)
     * @param savedBy  the user who saved it, or {@code ingest} for revision 1
     * @param changed  the field paths that differ from the revision before (empty for revision 1)
     */
    public record Revision(int revision, Instant savedAt, String savedBy, List<String> changed, ArchiveRecord record) {
    }

    /** Keeps a revision of a record; returns once it is durable. */
    public void writeRevision(Revision revision) throws IOException {
        store.put(revisionKey(revision.record().id(), revision.revision()),
                RecordJson.mapper().writeValueAsBytes(revision), "application/json");
    }

    public Optional<Revision> readRevision(String sha256, int revision) throws IOException {
        String key = revisionKey(sha256, revision);
        if (store.stat(key).isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = store.get(key)) {
            return Optional.of(RecordJson.mapper().readValue(in, Revision.class));
        }
    }

    /** The revision numbers kept for a document, ascending; empty when it was never reviewed. */
    public List<Integer> revisionNumbers(String sha256) throws IOException {
        String prefix = REVISIONS + requireId(sha256) + "/";
        return store.list(prefix).stream()
                .filter(k -> k.endsWith(".json"))
                .map(k -> k.substring(prefix.length(), k.length() - ".json".length()))
                .filter(n -> n.matches("[1-9][0-9]{0,8}"))
                .map(Integer::valueOf)
                .sorted()
                .toList();
    }

    static String revisionKey(String sha256, int revision) {
        if (revision < 1) {
            throw new IllegalArgumentException("revisions count from 1, not " + revision);
        }
        return REVISIONS + requireId(sha256) + "/" + revision + ".json";
    }

    static String originalKey(String sha256) {
        return ORIGINALS + requireId(sha256);
    }

    static String manifestKey(String sha256) {
        return MANIFESTS + requireId(sha256) + ".json";
    }

    /** Ids are hex SHA-256: anything else never becomes part of a storage key. */
    public static String requireId(String id) {
        if (id == null || !id.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a document id (64 lowercase hex characters): '" + id + "'");
        }
        return id;
    }
}
