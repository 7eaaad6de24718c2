package cn.archive.ingest.record;

/** The stored original: detected media type, size in bytes and SHA-256 (also the document id). */
public record OriginalInfo(String contentType, long size, String sha256) {
}
