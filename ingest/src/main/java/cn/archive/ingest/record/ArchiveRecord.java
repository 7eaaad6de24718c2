package cn.archive.ingest.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One ingested document (档案文件) in the shape of {@code record-schema.md}: what {@code extract}
 * prints, what the manifest beside the original holds and what the API returns.
 *
 * @param id             lowercase hex SHA-256 of the original bytes
 * @param file           the name the file arrived with (metadata only, never a storage key)
 * @param archiveNo      档案编号 as printed, or an assigned one when {@code archiveNoAssigned}
 * @param confidence     per extracted field path (e.g. {@code customer.name}), 0..1
 * @param text           full text, pages separated by form feed
 * @param revision       1 as ingested, one more per saved review; a manifest written before reviews
 *                       existed has none and reads as 1
 * @param reviewedBy     who saved this revision in the review queue; null until reviewed
 * @param reviewedAt     when that was; null until reviewed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArchiveRecord(
        String id,
        String file,
        String archiveNo,
        Boolean archiveNoAssigned,
        DocumentType documentType,
        Customer customer,
        LocalDate registeredOn,
        List<Transaction> transactions,
        List<Communication> communications,
        Map<String, Double> confidence,
        DocumentStatus status,
        String error,
        Integer pages,
        String text,
        OriginalInfo original,
        Instant ingestedAt,
        Integer revision,
        String reviewedBy,
        Instant reviewedAt) {

    @JsonCreator
    public ArchiveRecord {
        revision = revision == null || revision < 1 ? 1 : revision;
    }

    /** A record as ingested (revision 1, not reviewed): the form every caller used before reviews existed. */
    public ArchiveRecord(String id, String file, String archiveNo, Boolean archiveNoAssigned, DocumentType documentType,
                         Customer customer, LocalDate registeredOn, List<Transaction> transactions,
                         List<Communication> communications, Map<String, Double> confidence, DocumentStatus status,
                         String error, Integer pages, String text, OriginalInfo original, Instant ingestedAt) {
        this(id, file, archiveNo, archiveNoAssigned, documentType, customer, registeredOn, transactions, communications,
                confidence, status, error, pages, text, original, ingestedAt, 1, null, null);
    }

    /** Starts a record for an original that has been received, before anything was read from it. */
    public static ArchiveRecord received(String id, String file, OriginalInfo original) {
        return new ArchiveRecord(id, file, null, null, null, null, null, null, null, null,
                DocumentStatus.RECEIVED, null, null, null, original, Instant.now());
    }

    /** This record with the fields that reading and extraction produced. */
    public ArchiveRecord withExtraction(ExtractedFields f, int pageCount, String fullText) {
        return new ArchiveRecord(id, file, f.archiveNo(), f.archiveNo() == null ? null : Boolean.FALSE,
                f.documentType(), f.customer(), f.registeredOn(), f.transactions(), f.communications(),
                f.confidence(), status, error, pageCount, fullText, original, ingestedAt, revision, reviewedBy, reviewedAt);
    }

    /** This record in another state; {@code reason} is kept only for FAILED. */
    public ArchiveRecord withStatus(DocumentStatus newStatus, String reason) {
        return new ArchiveRecord(id, file, archiveNo, archiveNoAssigned, documentType, customer, registeredOn,
                transactions, communications, confidence, newStatus,
                newStatus == DocumentStatus.FAILED ? reason : null, pages, text, original, ingestedAt, revision, reviewedBy,
                reviewedAt);
    }

    /** This record with an archive number assigned because the paper had none. */
    public ArchiveRecord withAssignedArchiveNo(String assigned) {
        return new ArchiveRecord(id, file, assigned, Boolean.TRUE, documentType, customer, registeredOn,
                transactions, communications, confidence, status, error, pages, text, original, ingestedAt, revision,
                reviewedBy, reviewedAt);
    }
}
