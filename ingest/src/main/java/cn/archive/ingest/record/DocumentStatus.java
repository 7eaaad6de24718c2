package cn.archive.ingest.record;

/**
 * Where a document is in ingestion. RECEIVED → STORED → INDEXED, or NEEDS_REVIEW (indexed, but a
 * key field is below the review threshold), or FAILED with a reason.
 */
public enum DocumentStatus { RECEIVED, STORED, INDEXED, NEEDS_REVIEW, FAILED }
