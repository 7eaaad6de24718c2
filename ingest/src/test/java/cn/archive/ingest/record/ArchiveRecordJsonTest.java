package cn.archive.ingest.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Manifests written before reviews existed still read, as revision 1; a reviewed one keeps who and when. */
class ArchiveRecordJsonTest {

    @Test
    void aManifestWithoutARevisionReadsAsRevisionOneNotReviewed() throws Exception {
        String old = "{\"id\":\"" + "a".repeat(64) + "\",\"file\":\"scan.png\",\"archiveNo\":\"KH-2023-000417\","
                + "\"status\":\"INDEXED\",\"pages\":1,\"ingestedAt\":\"2026-01-05T08:00:00Z\"}";

        ArchiveRecord r = RecordJson.mapper().readValue(old, ArchiveRecord.class);

        assertThat(r.revision()).isEqualTo(1);
        assertThat(r.reviewedBy()).isNull();
        assertThat(r.reviewedAt()).isNull();
        assertThat(r.archiveNo()).isEqualTo("KH-2023-000417");
    }

    @Test
    void aReviewedRecordKeepsItsRevisionThroughJsonAndEveryWithMethod() throws Exception {
        ArchiveRecord reviewed = new ArchiveRecord("b".repeat(64), "scan.png", "KH-1", false, null, null, null, null, null,
                null, DocumentStatus.INDEXED, null, 1, null, null, Instant.parse("2026-01-05T08:00:00Z"), 3, "archivist",
                Instant.parse("2026-11-26T04:00:00Z"));

        ArchiveRecord back = RecordJson.mapper().readValue(RecordJson.mapper().writeValueAsBytes(reviewed),
                ArchiveRecord.class);

        assertThat(back).isEqualTo(reviewed);
        assertThat(reviewed.withStatus(DocumentStatus.NEEDS_REVIEW, null).revision()).isEqualTo(3);
        assertThat(reviewed.withAssignedArchiveNo("AUTO-2026-BBBBBBBB").reviewedBy()).isEqualTo("archivist");
    }
}
