package cn.archive.ingest.pipeline;

import cn.archive.ingest.record.DocumentStatus;

/**
 * What happened to one file (入库结果): its id (null when it was rejected or not stored), its
 * status, whether the same bytes were already in the archive, the reason when it failed, and how
 * many pages were read (null when none were).
 */
public record IngestOutcome(String file, String id, DocumentStatus status, boolean duplicate, String reason,
                            Integer pages) {

    public boolean failed() {
        return status == DocumentStatus.FAILED;
    }

    /** Stored durably but not yet searchable: Elasticsearch did not answer and indexing is retried. */
    public boolean awaitingIndex() {
        return status == DocumentStatus.STORED;
    }

    /** This outcome with the status the document reached later (after an index retry). */
    public IngestOutcome withStatus(DocumentStatus later, String laterReason) {
        return new IngestOutcome(file, id, later, duplicate, laterReason, pages);
    }
}
