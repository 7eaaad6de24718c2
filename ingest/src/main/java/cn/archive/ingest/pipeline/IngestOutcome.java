package cn.archive.ingest.pipeline;

import cn.archive.ingest.record.DocumentStatus;

/**
 * What happened to one file: its id (null when it was rejected before hashing), its final status,
 * whether the same bytes were already in the archive, and the reason when it failed.
 */
public record IngestOutcome(String file, String id, DocumentStatus status, boolean duplicate, String reason) {

    public boolean failed() {
        return status == DocumentStatus.FAILED;
    }
}
