package cn.archive.ingest.pipeline;

import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.intake.RejectedFileException;
import cn.archive.ingest.intake.Sha256;
import cn.archive.ingest.ocr.OcrException;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.record.OriginalInfo;
import cn.archive.ingest.store.DocumentStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingestion pipeline (入库流程): intake check → original stored under its SHA-256 → manifest
 * (STORED) → text read (OCR or the PDF's own) → fields extracted → indexed → manifest (INDEXED or
 * NEEDS_REVIEW). Nothing is acknowledged before the original is durable; a document that cannot be
 * read ends FAILED with its reason and its original kept; the same bytes twice are one document.
 */
public final class IngestPipeline {

    private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);

    private final RecordReader reader;
    private final DocumentStore store;
    private final SearchIndex index;

    public IngestPipeline(RecordReader reader, DocumentStore store, SearchIndex index) {
        this.reader = reader;
        this.store = store;
        this.index = index;
    }

    /** The outcome of {@link #accept}: the document's id and status, and whether it was already there. */
    public record Accepted(String id, DocumentStatus status, boolean duplicate) {
    }

    /**
     * Checks a file and stores its original and a STORED manifest; returns once both are durable.
     * The same bytes again give the same id and change nothing.
     */
    public Accepted accept(Path file, String originalName) throws RejectedFileException, IOException {
        String type = reader.intake().check(file);
        String id = Sha256.of(file);
        Optional<ArchiveRecord> existing = store.readManifest(id);
        if (existing.isPresent()) {
            return new Accepted(id, existing.get().status(), true);
        }
        store.storeOriginal(id, file, type);
        ArchiveRecord record = ArchiveRecord.received(id, safeName(originalName),
                new OriginalInfo(type, Files.size(file), id));
        store.writeManifest(record.withStatus(DocumentStatus.STORED, null));
        return new Accepted(id, DocumentStatus.STORED, false);
    }

    /**
     * Reads, extracts and indexes a stored document. Unreadable content ends FAILED with its reason;
     * an index that is down leaves it STORED (with what was extracted) for a later retry or reindex.
     */
    public ArchiveRecord process(String id) throws IOException {
        ArchiveRecord stored = store.readManifest(id).orElseThrow(() ->
                new IllegalArgumentException("document " + id + " is not in the store"));
        Path copy = Files.createTempFile("archive-", ".original");
        try {
            try (InputStream in = store.openOriginal(id)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            ArchiveRecord read;
            try {
                read = reader.read(stored, copy);
            } catch (RejectedFileException | OcrException | RuntimeException e) {
                log.warn("document {} ({}) failed: {}", id, stored.file(), e.getMessage());
                ArchiveRecord failed = stored.withStatus(DocumentStatus.FAILED, e.getMessage());
                store.writeManifest(failed);
                return failed;
            }
            store.writeManifest(read.withStatus(DocumentStatus.STORED, null));
            ArchiveRecord done = read.withStatus(reader.finalStatus(read), null);
            index.index(done);
            store.writeManifest(done);
            return done;
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** {@link #accept} then {@link #process}, reporting a rejected file as FAILED rather than throwing. */
    public IngestOutcome ingest(Path file, String originalName) {
        try {
            Accepted accepted = accept(file, originalName);
            if (accepted.duplicate() && accepted.status() != DocumentStatus.STORED) {
                return new IngestOutcome(originalName, accepted.id(), accepted.status(), true, null);
            }
            ArchiveRecord done = process(accepted.id());
            return new IngestOutcome(originalName, done.id(), done.status(), accepted.duplicate(), done.error());
        } catch (RejectedFileException e) {
            return new IngestOutcome(originalName, null, DocumentStatus.FAILED, false, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new IngestOutcome(originalName, null, DocumentStatus.FAILED, false,
                    "could not be stored or indexed: " + e.getMessage());
        }
    }

    /** The arrival name is metadata only: keep its last path element, without control characters. */
    static String safeName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[\\p{Cntrl}\\p{Cf}]", "");
        return base.length() > 255 ? base.substring(0, 255) : base;
    }
}
