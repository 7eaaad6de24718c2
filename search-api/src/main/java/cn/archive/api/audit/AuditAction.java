package cn.archive.api.audit;

/** What an audit event records; the names are what {@code GET /api/audit?action=} filters on. */
public enum AuditAction {
    /** A session login through the login form, or a failed login of any kind (form or HTTP Basic). */
    LOGIN,
    LOGOUT,
    /** A search, with its query and filters. */
    SEARCH,
    /** A record read with personal fields masked (VIEWER). */
    RECORD_VIEW,
    /** A record read with personal fields in clear (ADMIN, ARCHIVIST). */
    UNMASKED_VIEW,
    ORIGINAL_DOWNLOAD,
    /** A page preview: redacted for VIEWER, in clear for ADMIN and ARCHIVIST. */
    PREVIEW,
    /** A record corrected or confirmed by hand (for the review workflow to write, with the changed fields). */
    EDIT,
    ACCESS_REQUEST,
    ACCESS_DECISION,
    USER_CHANGE,
    /** A request refused: a role without the right, a document outside the caller's region scope, a bad CSRF token. */
    ACCESS_DENIED
}
