package cn.archive.api.audit;

import java.util.List;

/** One page of audit events, newest first. */
record AuditPage(long total, int page, int size, List<AuditEvent> events) {
}
