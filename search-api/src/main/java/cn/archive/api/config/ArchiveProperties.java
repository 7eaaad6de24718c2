package cn.archive.api.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where the archive's services are and how ingestion behaves; bound from the {@code ARCHIVE_*}
 * environment variables in {@code application.yml}.
 *
 * @param esUrl      Elasticsearch base URL
 * @param indexAlias alias searched and written
 * @param s3         the object store holding originals and manifests
 * @param ingest     upload limits and the processing queue
 */
@Validated
@ConfigurationProperties("archive")
public record ArchiveProperties(
        @NotBlank(message = "set ARCHIVE_ES_URL to the Elasticsearch URL (./archive start does)") String esUrl,
        @NotBlank String indexAlias,
        @Valid @NotNull S3 s3,
        @Valid @NotNull Ingest ingest) {

    /**
     * @param endpoint  S3 endpoint URL
     * @param accessKey S3 access key
     * @param secretKey S3 secret key
     * @param bucket    bucket name
     */
    public record S3(
            @NotBlank(message = "set ARCHIVE_S3_ENDPOINT (./archive start does)") String endpoint,
            @NotBlank(message = "set ARCHIVE_S3_ACCESS_KEY") String accessKey,
            @NotBlank(message = "set ARCHIVE_S3_SECRET_KEY") String secretKey,
            @NotBlank String bucket) {
    }

    /**
     * @param maxFileSize     largest upload accepted (413 above)
     * @param reviewThreshold key fields read with less confidence send a document to review
     * @param workers         OCR workers; 0 means one per core
     * @param queueCapacity   uploads waiting for OCR before the API answers 503
     */
    public record Ingest(@NotNull DataSize maxFileSize,
                         @DecimalMin("0.0") @DecimalMax("1.0") double reviewThreshold,
                         @Min(0) int workers,
                         @Min(1) int queueCapacity) {

        public int workerCount() {
            return workers > 0 ? workers : Math.max(1, Runtime.getRuntime().availableProcessors());
        }
    }
}
