package cn.archive.ingest.pipeline;

import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.intake.RejectedFileException;
import cn.archive.ingest.intake.Sha256;
import cn.archive.ingest.ocr.OcrException;
import cn.archive.ingest.ocr.StageTimes;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.record.OriginalInfo;
import cn.archive.ingest.store.DocumentStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingestion pipeline (入库流程): intake check → original stored under its SHA-256 → manifest
 * (STORED) → text read (OCR or the PDF's own) → fields extracted → indexed → manifest (INDEXED or
 * NEEDS_REVIEW). Nothing is acknowledged before the original is durable; a document that cannot be
 * read ends FAILED with its reason and its original kept; the same bytes twice are one document.
 */
public final class IngestPipeline implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);

    private final RecordReader reader;
    private final DocumentStore store;
    private final IndexRetry indexing;
    /** Documents being read now, by id: the same bytes under a second name wait for the first reading. */
    private final ConcurrentHashMap<String, CompletableFuture<ArchiveRecord>> reading = new ConcurrentHashMap<>();

    public IngestPipeline(RecordReader reader, DocumentStore store, SearchIndex index) {
        this(reader, store, index, Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    /** @param firstRetry and {@code maxRetry} bound the backoff between index attempts while Elasticsearch is down */
    public IngestPipeline(RecordReader reader, DocumentStore store, SearchIndex index, Duration firstRetry,
                          Duration maxRetry) {
        this.reader = reader;
        this.store = store;
        this.indexing = new IndexRetry(store, index, firstRetry, maxRetry);
    }

    /** The outcome of {@link #accept}: the document's id and status, and whether it was already there. */
    public record Accepted(String id, DocumentStatus status, boolean duplicate) {
    }

    /**
     * Checks a file and stores its original and a STORED manifest; returns once both are durable.
     * The same bytes again give the same id and change nothing.
     */
    public Accepted accept(Path file, String originalName) throws RejectedFileException, IOException {
        return acceptRecord(file, originalName).accepted();
    }

    /** What {@link #accept} stored, with the manifest it wrote or found, so {@link #ingest} need not read it back. */
    private record Stored(Accepted accepted, ArchiveRecord manifest) {
    }

    private Stored acceptRecord(Path file, String originalName) throws RejectedFileException, IOException {
        long t = System.nanoTime();
        String type = reader.intake().check(file);
        t = StageTimes.since("accept.intake", t);
        String id = Sha256.of(file);
        t = StageTimes.since("accept.hash", t);
        Optional<ArchiveRecord> existing = store.readManifest(id);
        t = StageTimes.since("accept.lookup", t);
        if (existing.isPresent()) {
            return new Stored(new Accepted(id, existing.get().status(), true), existing.get());
        }
        store.storeOriginal(id, file, type);
        t = StageTimes.since("accept.store-original", t);
        ArchiveRecord record = ArchiveRecord.received(id, safeName(originalName),
                new OriginalInfo(type, Files.size(file), id)).withStatus(DocumentStatus.STORED, null);
        store.writeManifest(record);
        StageTimes.since("accept.manifest", t);
        return new Stored(new Accepted(id, DocumentStatus.STORED, false), record);
    }

    /**
     * Reads, extracts and indexes a stored document. Unreadable content ends FAILED with its reason;
     * an index that is down leaves it STORED (with what was extracted) and indexing is retried with
     * backoff. A document read before (a resumed run) is not read again, and a finished one (INDEXED
     * or NEEDS_REVIEW) is returned as it is: reading it again would overwrite a clerk's review.
     */
    public ArchiveRecord process(String id) throws IOException {
        return process(id, null);
    }

    private ArchiveRecord process(String id, Path local) throws IOException {
        return process(store.readManifest(id).orElseThrow(() ->
                new IllegalArgumentException("document " + id + " is not in the store")), local);
    }

    /** As {@link #process(String)}; {@code local}, when given, holds the same bytes and spares a download. */
    private ArchiveRecord process(ArchiveRecord stored, Path local) throws IOException {
        if (finished(stored)) {
            return stored;
        }
        ArchiveRecord read = stored.pages() != null && stored.status() == DocumentStatus.STORED ? stored
                : read(stored, local);
        if (read.status() == DocumentStatus.FAILED) {
            return read;
        }
        ArchiveRecord done = read.withStatus(reader.finalStatus(read), null);
        long t = System.nanoTime();
        boolean indexed = indexing.indexOrRetryLater(done);
        StageTimes.since("process.index+manifest", t);
        return indexed ? done : read;
    }

    private ArchiveRecord read(ArchiveRecord stored, Path local) throws IOException {
        // A local file rewritten since it was hashed is not the stored original: then read the stored one.
        long t = System.nanoTime();
        boolean inPlace = local != null && Sha256.of(local).equals(stored.id());
        StageTimes.since("process.rehash", t);
        Path copy = inPlace ? null : Files.createTempFile("archive-", ".original");
        try {
            if (copy != null) {
                try (InputStream in = store.openOriginal(stored.id())) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            ArchiveRecord read;
            try {
                read = reader.read(stored, inPlace ? local : copy);
            } catch (RejectedFileException | OcrException | IOException | RuntimeException e) {
                // The file is on local disk, so an IOException here is the file's content, not the store.
                log.warn("document {} ({}) failed: {}", stored.id(), stored.file(), e.getMessage());
                read = stored.withStatus(DocumentStatus.FAILED, e.getMessage());
            }
            if (read.status() == DocumentStatus.FAILED) {
                store.writeManifest(read);
            }
            // Otherwise what was read is written with the final state once indexed, or kept STORED when
            // Elasticsearch refuses it (IndexRetry), so an outage costs no second OCR either way.
            return read;
        } finally {
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        }
    }

    /**
     * Indexes a record whose newest revision is already in the manifest (a saved review). When
     * Elasticsearch fails, the record is retried with backoff like any ingested one, and a retry never
     * brings back a revision that a newer one replaced meanwhile; true when it was indexed now.
     */
    public boolean indexRevision(ArchiveRecord saved) throws IOException {
        return indexing.indexHeldOrRetryLater(saved);
    }

    private static boolean finished(ArchiveRecord record) {
        return record.status() == DocumentStatus.INDEXED || record.status() == DocumentStatus.NEEDS_REVIEW;
    }

    /** Documents stored but still waiting for Elasticsearch. */
    public int awaitingIndex() {
        return indexing.pending();
    }

    /** Waits until Elasticsearch has taken every waiting document, or {@code timeout}; true when none waits. */
    public boolean awaitIndexed(Duration timeout) throws InterruptedException {
        return indexing.awaitIdle(timeout);
    }

    @Override
    public void close() {
        indexing.close();
    }

    /**
     * {@link #accept} then {@link #process}, reporting a rejected file as FAILED rather than throwing.
     * A document already read and finished, or being read for another file of this run, is reported
     * with its state as a duplicate; one stored by a run that stopped before finishing it is finished
     * here and is not a duplicate.
     */
    public IngestOutcome ingest(Path file, String originalName) {
        String id = null;
        try {
            Stored stored = acceptRecord(file, originalName);
            Accepted accepted = stored.accepted();
            id = accepted.id();
            if (accepted.duplicate() && accepted.status() != DocumentStatus.STORED) {
                ArchiveRecord known = store.readManifest(id).orElseThrow();
                return new IngestOutcome(originalName, id, known.status(), true, known.error(), known.pages());
            }
            CompletableFuture<ArchiveRecord> mine = new CompletableFuture<>();
            CompletableFuture<ArchiveRecord> other = reading.putIfAbsent(id, mine);
            if (other != null) {
                // Another file of this run with the same bytes is being read now: wait for it, do not read twice.
                ArchiveRecord done = other.join();
                return new IngestOutcome(originalName, id, done.status(), true, done.error(), done.pages());
            }
            try {
                ArchiveRecord manifest = stored.manifest();
                if (accepted.duplicate()) {
                    // Stored by a run that stopped, or finished meanwhile for another file of this run: look again.
                    manifest = store.readManifest(id).orElse(manifest);
                    if (manifest.status() != DocumentStatus.STORED) {
                        mine.complete(manifest);
                        return new IngestOutcome(originalName, id, manifest.status(), true, manifest.error(),
                                manifest.pages());
                    }
                }
                // The file just hashed and stored is read in place rather than downloaded again.
                ArchiveRecord done = process(manifest, file);
                mine.complete(done);
                // Finished here, so not a duplicate, even when a run that stopped early had stored it.
                return new IngestOutcome(originalName, id, done.status(), false, done.error(), done.pages());
            } catch (IOException | RuntimeException e) {
                mine.completeExceptionally(e);
                throw e;
            } finally {
                reading.remove(id, mine);
            }
        } catch (RejectedFileException e) {
            return new IngestOutcome(originalName, null, DocumentStatus.FAILED, false, e.getMessage(), null);
        } catch (IOException | RuntimeException e) {
            // Not a verdict on the file: the store (or disk) failed, so nothing more was acknowledged.
            return new IngestOutcome(originalName, id, DocumentStatus.FAILED, false, "not finished, the object store "
                    + "or disk failed (" + e.getMessage() + "); fix that and run the same ingest again to resume", null);
        }
    }

    /** The arrival name is metadata only: keep its last path element, without control characters. */
    static String safeName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").replace("..", "");
        // 255 bytes of UTF-8, as file systems count, cut on a whole code point.
        int end = 0;
        int bytes = 0;
        while (end < base.length()) {
            int cp = base.codePointAt(end);
            int len = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + len > 255) {
                break;
            }
            bytes += len;
            end += Character.charCount(cp);
        }
        return base.substring(0, end);
    }
}
