package cn.archive.api.audit;

import cn.archive.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The audit's errors as RFC 7807 problem details. */
final class AuditProblems {

    private AuditProblems() {
    }

    /** The trail could not be written, so the audited action is refused (fail closed). */
    static final class Unavailable extends ErrorResponseException {
        Unavailable(Exception cause) {
            super(HttpStatus.SERVICE_UNAVAILABLE, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Audit trail unavailable",
                    "This action is audited and its audit event could not be written to the object store, so it "
                            + "was not carried out. Retry later; if it persists, check the S3 server."), cause);
            getHeaders().set("Retry-After", "30");
        }
    }

    static final class BadQuery extends ErrorResponseException {
        BadQuery(String detail) {
            super(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "Bad audit query", detail), null);
        }
    }
}
