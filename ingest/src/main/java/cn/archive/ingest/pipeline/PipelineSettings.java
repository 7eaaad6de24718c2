package cn.archive.ingest.pipeline;

/**
 * Limits and thresholds of ingestion.
 *
 * @param maxFileBytes    largest original accepted
 * @param reviewThreshold a key field read with less confidence than this sends the document to review
 */
public record PipelineSettings(long maxFileBytes, double reviewThreshold) {

    public static PipelineSettings defaults() {
        return new PipelineSettings(200L * 1024 * 1024, 0.5);
    }
}
