package cn.archive.api.access;

import cn.archive.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Access errors as RFC 7807 problem details, each saying what to do. */
final class AccessProblems {

    private AccessProblems() {
    }

    /**
     * A document outside the caller's region scope: answered exactly like one that does not exist,
     * so its existence is not disclosed.
     */
    static final class Hidden extends ErrorResponseException {
        Hidden(String id) {
            super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "Document not found",
                    "There is no document " + id + " in the archive."), null);
        }
    }

    static final class NoGrant extends ErrorResponseException {
        NoGrant(String id) {
            super(HttpStatus.FORBIDDEN, Problems.of(HttpStatus.FORBIDDEN, "Access request needed",
                    "A VIEWER downloads an original only with an approved access request that has not run out: "
                            + "POST /api/access-requests with {\"documentId\": \"" + id
                            + "\", \"purpose\": \"…\", \"days\": 7} and ask an ARCHIVIST to approve it."), null);
        }
    }

    static final class Invalid extends ErrorResponseException {
        Invalid(String detail) {
            super(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "Invalid access request", detail), null);
        }
    }

    static final class NotFound extends ErrorResponseException {
        NotFound(String id) {
            super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "Access request not found",
                    "There is no access request " + id + "; GET /api/access-requests lists them."), null);
        }
    }

    static final class AlreadyDecided extends ErrorResponseException {
        AlreadyDecided(AccessRequest r) {
            super(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT, "Already decided", "Access request " + r.id()
                    + " was " + r.status() + " by " + r.decidedBy() + "; the viewer may file a new one."), null);
        }
    }
}
