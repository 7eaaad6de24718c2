package cn.archive.ingest.pipeline;

import cn.archive.ingest.extract.ArchiveNumbers;
import cn.archive.ingest.extract.FieldExtractor;
import cn.archive.ingest.extract.ReviewPolicy;
import cn.archive.ingest.intake.FileIntake;
import cn.archive.ingest.intake.RejectedFileException;
import cn.archive.ingest.intake.Sha256;
import cn.archive.ingest.ocr.DocumentReader;
import cn.archive.ingest.ocr.OcrException;
import cn.archive.ingest.ocr.StageTimes;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.record.ExtractedFields;
import cn.archive.ingest.record.OriginalInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Turns a file into a record without storing anything: text read (OCR or the PDF's own), fields
 * extracted, an archive number assigned when the paper has none, and the review decision.
 * Used by the pipeline and by {@code ./archive extract}, which needs no running stack.
 */
public final class RecordReader {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final FileIntake intake;
    private final DocumentReader reader;
    private final FieldExtractor extractor;
    private final PipelineSettings settings;

    public RecordReader(DocumentReader reader, FieldExtractor extractor, PipelineSettings settings) {
        this.intake = new FileIntake(settings.maxFileBytes());
        this.reader = reader;
        this.extractor = extractor;
        this.settings = settings;
    }

    public FileIntake intake() {
        return intake;
    }

    /** Checks, reads and extracts a file as {@code ./archive extract} prints it. */
    public ArchiveRecord extract(Path file, String name) throws RejectedFileException, OcrException, IOException {
        String type = intake.check(file);
        String id = Sha256.of(file);
        ArchiveRecord received = ArchiveRecord.received(id, name, new OriginalInfo(type, Files.size(file), id));
        ArchiveRecord read = read(received, file);
        return read.withStatus(finalStatus(read), null);
    }

    /** Reads {@code file}, the original of {@code record}, and returns the record with its fields. */
    ArchiveRecord read(ArchiveRecord record, Path file) throws RejectedFileException, OcrException, IOException {
        long t = System.nanoTime();
        DocumentReader.ReadResult result = reader.read(file, record.original().contentType(), extractor.rereadRegions());
        t = StageTimes.since("read", t);
        ExtractedFields fields = extractor.extract(result.pages());
        StageTimes.since("extract", t);
        ArchiveRecord read = record.withExtraction(fields, result.pages().size(), result.text());
        if (read.archiveNo() == null) {
            read = read.withAssignedArchiveNo(ArchiveNumbers.assign(record.id(),
                    LocalDate.ofInstant(record.ingestedAt(), CHINA)));
        }
        return read;
    }

    /** INDEXED, or NEEDS_REVIEW when a key field is missing or was read with too little confidence. */
    DocumentStatus finalStatus(ArchiveRecord read) {
        ExtractedFields fields = new ExtractedFields(Boolean.TRUE.equals(read.archiveNoAssigned()) ? null : read.archiveNo(),
                read.documentType(), read.customer(), read.registeredOn(), read.transactions(), read.communications(),
                read.confidence());
        return ReviewPolicy.needsReview(fields, settings.reviewThreshold())
                ? DocumentStatus.NEEDS_REVIEW : DocumentStatus.INDEXED;
    }
}
