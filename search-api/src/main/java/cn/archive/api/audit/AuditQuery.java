package cn.archive.api.audit;

import java.time.Instant;

/**
 * A validated {@code GET /api/audit} request.
 *
 * @param user       only this user's events
 * @param action     only this action
 * @param documentId only events on this document (their target)
 * @param from       events at or after this instant
 * @param to         events before this instant
 */
record AuditQuery(String user, String action, String documentId, Instant from, Instant to, int page, int size) {
}
