package cn.archive.api.review;

import cn.archive.api.access.DocumentGuard;
import cn.archive.api.audit.AuditAction;
import cn.archive.api.audit.AuditLog;
import cn.archive.ingest.extract.ArchiveNumbers;
import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.pipeline.IngestPipeline;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.store.DocumentStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Saves a clerk's review of a record as a new revision (复核留痕): checked against the revision the
 * clerk loaded, written to the object store (the previous revisions kept) before the manifest moves
 * to it, and only then indexed. An index that is down costs nothing: the record is retried like any
 * ingested one, and {@code ./archive verify} / {@code reindex} see and rebuild the newest revision.
 */
@Component
class RecordReviews {

    /** Who saved revision 1 in the revision list: the ingest pipeline. */
    static final String INGEST = "ingest";

    private static final Logger log = LoggerFactory.getLogger(RecordReviews.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DocumentStore store;
    private final IngestPipeline pipeline;
    private final SearchIndex index;
    private final DocumentGuard guard;
    private final AuditLog audit;
    private final FieldNormalizer normalizer;
    /** Saves of one document run one at a time in this process, so a revision check and its write are one step. */
    private final Object[] locks = new Object[64];

    RecordReviews(DocumentStore store, IngestPipeline pipeline, SearchIndex index, DocumentGuard guard, AuditLog audit,
                  FieldNormalizer normalizer) {
        this.store = store;
        this.pipeline = pipeline;
        this.index = index;
        this.guard = guard;
        this.audit = audit;
        this.normalizer = normalizer;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /** One entry of a document's revision list. */
    record RevisionSummary(int revision, Instant savedAt, String savedBy, List<String> changed) {
    }

    /** The current record, if the caller may see it: else 404, the same for unknown and out-of-scope ids. */
    ArchiveRecord current(String id) throws IOException {
        ArchiveRecord record = store.readManifest(id).orElseThrow(() -> DocumentGuard.notFound(id));
        guard.requireInScope(record);
        return record;
    }

    /** Saves {@code correction} as the next revision of document {@code id} by {@code user}, and indexes it. */
    ArchiveRecord save(String id, FieldCorrection correction, String user) throws IOException {
        current(id);
        if (correction == null) {
            throw new ReviewProblems.BadRequest("Send the record's reviewable fields as JSON, with baseRevision.");
        }
        FieldNormalizer.Result result = normalizer.normalize(correction, LocalDate.now(CHINA));
        if (!result.valid()) {
            throw new ReviewProblems.InvalidFields(result.errors());
        }
        synchronized (locks[Math.floorMod(id.hashCode(), locks.length)]) {
            ArchiveRecord current = current(id);
            if (current.status() != DocumentStatus.INDEXED && current.status() != DocumentStatus.NEEDS_REVIEW) {
                throw new ReviewProblems.NotReviewable(id, current.status());
            }
            if (correction.baseRevision() != current.revision().intValue()) {
                throw new ReviewProblems.StaleRevision(current, correction.baseRevision());
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            ArchiveRecord next = reviewed(current, result.fields(), user, now);
            List<String> changed = FieldPaths.changed(current, next);
            // Fail closed like every audited action: no event, no edit.
            audit.record(AuditAction.EDIT, id, AuditLog.OK, null, Map.of("revision", next.revision().toString(),
                    "changed", changed.isEmpty() ? "(none: confirmed as read)" : String.join(",", changed)));
            try {
                keep(current);
                store.writeRevision(new DocumentStore.Revision(next.revision(), now, user, changed, next));
                store.writeManifest(next);
            } catch (IOException | RuntimeException e) {
                audit.record(AuditAction.EDIT, id, AuditLog.FAILED, null, Map.of("revision",
                        next.revision().toString(), "reason", "the object store did not take the revision"));
                throw e;
            }
            index(next);
            return next;
        }
    }

    /** The revision a save starts from, kept under revisions/ if it is not there yet (revision 1 as ingested). */
    private void keep(ArchiveRecord current) throws IOException {
        if (store.readRevision(current.id(), current.revision()).isEmpty()) {
            store.writeRevision(asIngestedOrSaved(current));
        }
    }

    private void index(ArchiveRecord saved) {
        try {
            if (pipeline.indexRevision(saved)) {
                index.refresh(); // the clerk searches for the corrected value next
            } else {
                log.warn("review of {} (revision {}) is saved; Elasticsearch is down, indexing is retried",
                        saved.id(), saved.revision());
            }
        } catch (IOException | RuntimeException e) {
            // The revision is durable in the store; ./archive verify names it stale until reindex or a retry.
            log.error("review of {} (revision {}) is saved but not indexed", saved.id(), saved.revision(), e);
        }
    }

    /** The record with the clerk's fields: each confirmed field certain (1.0), status INDEXED, one revision on. */
    static ArchiveRecord reviewed(ArchiveRecord current, FieldNormalizer.Fields f, String user, Instant now) {
        String archiveNo = f.archiveNo();
        boolean assigned = false;
        if (archiveNo == null) {
            // Every document keeps an archive number: the one assigned before, or a new one.
            assigned = true;
            archiveNo = Boolean.TRUE.equals(current.archiveNoAssigned()) && current.archiveNo() != null
                    ? current.archiveNo()
                    : ArchiveNumbers.assign(current.id(), LocalDate.ofInstant(current.ingestedAt(), CHINA));
        } else if (archiveNo.equals(current.archiveNo()) && Boolean.TRUE.equals(current.archiveNoAssigned())) {
            assigned = true;
        }
        ArchiveRecord next = new ArchiveRecord(current.id(), current.file(), archiveNo, assigned, f.documentType(),
                f.customer(), f.registeredOn(), current.transactions(), current.communications(), null,
                DocumentStatus.INDEXED, null, current.pages(), current.text(), current.original(), current.ingestedAt(),
                current.revision() + 1, user, now);
        Map<String, Double> confidence = new HashMap<>(current.confidence() == null ? Map.of() : current.confidence());
        JsonNode json = FieldPaths.json(next);
        for (String path : FieldPaths.REVIEWABLE) {
            confidence.remove(path);
            if (FieldPaths.valueAt(json, path) != null) {
                confidence.put(path, 1.0);
            }
        }
        return new ArchiveRecord(next.id(), next.file(), next.archiveNo(), next.archiveNoAssigned(), next.documentType(),
                next.customer(), next.registeredOn(), next.transactions(), next.communications(), Map.copyOf(confidence),
                next.status(), next.error(), next.pages(), next.text(), next.original(), next.ingestedAt(),
                next.revision(), next.reviewedBy(), next.reviewedAt());
    }

    /** Newest first; a document never reviewed has its one revision, the manifest as ingested. */
    List<RevisionSummary> revisions(String id) throws IOException {
        ArchiveRecord current = current(id);
        List<RevisionSummary> out = new ArrayList<>();
        List<Integer> kept = store.revisionNumbers(id);
        for (int i = kept.size() - 1; i >= 0; i--) {
            int n = kept.get(i);
            // A revision written by a save that died before its manifest was never current: not listed.
            if (n <= current.revision()) {
                store.readRevision(id, n).ifPresent(r -> out.add(new RevisionSummary(r.revision(), r.savedAt(),
                        r.savedBy(), r.changed())));
            }
        }
        if (out.isEmpty() || out.get(0).revision() != current.revision()) {
            DocumentStore.Revision r = asIngestedOrSaved(current);
            out.add(0, new RevisionSummary(r.revision(), r.savedAt(), r.savedBy(), r.changed()));
        }
        return out;
    }

    /** Revision {@code n} of document {@code id} as it was saved, unmasked (the caller masks). */
    ArchiveRecord revision(String id, int n) throws IOException {
        ArchiveRecord current = current(id);
        if (n == current.revision()) {
            return current;
        }
        if (n < 1 || n > current.revision()) {
            throw new ReviewProblems.RevisionNotFound(id, n, current.revision());
        }
        return store.readRevision(id, n).map(DocumentStore.Revision::record)
                .orElseThrow(() -> new ReviewProblems.RevisionNotFound(id, n, current.revision()));
    }

    /** A record that has no revision entry yet as one: as ingested, or as its review saved it (changes unknown). */
    private static DocumentStore.Revision asIngestedOrSaved(ArchiveRecord r) {
        return new DocumentStore.Revision(r.revision(), r.reviewedAt() != null ? r.reviewedAt() : r.ingestedAt(),
                r.reviewedBy() != null ? r.reviewedBy() : INGEST, List.of(), r);
    }
}
