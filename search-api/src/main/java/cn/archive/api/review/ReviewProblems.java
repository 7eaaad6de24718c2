package cn.archive.api.review;

import cn.archive.api.Problems;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.DocumentStatus;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The review API's errors as RFC 7807 problem details, each saying what to do. */
final class ReviewProblems {

    private ReviewProblems() {
    }

    static final class RevisionNotFound extends ErrorResponseException {
        RevisionNotFound(String id, int revision, int newest) {
            super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "Revision not found",
                    "Document " + id + " has revisions 1 to " + newest + ", not " + revision
                            + "; GET /api/documents/" + id + "/revisions lists them."), null);
        }
    }

    static final class BadRequest extends ErrorResponseException {
        BadRequest(String detail) {
            super(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "Bad request", detail), null);
        }
    }

    /** Fields that failed validation, every one named in {@code errors} with what to do. */
    static final class InvalidFields extends ErrorResponseException {
        InvalidFields(List<FieldNormalizer.FieldError> errors) {
            super(HttpStatus.BAD_REQUEST, withErrors(errors), null);
        }

        private static ProblemDetail withErrors(List<FieldNormalizer.FieldError> errors) {
            ProblemDetail p = Problems.of(HttpStatus.BAD_REQUEST, "Invalid fields", errors.size() == 1
                    ? "One field is not valid: " + errors.get(0).field() + ". Correct it and save again."
                    : errors.size() + " fields are not valid; each is named in errors. Correct them and save again.");
            p.setProperty("errors", errors);
            return p;
        }
    }

    /** Someone saved another revision since the caller loaded theirs. */
    static final class StaleRevision extends ErrorResponseException {
        StaleRevision(ArchiveRecord current, int base) {
            super(HttpStatus.CONFLICT, withCurrent(current, base), null);
        }

        private static ProblemDetail withCurrent(ArchiveRecord current, int base) {
            ProblemDetail p = Problems.of(HttpStatus.CONFLICT, "Saved by someone else meanwhile",
                    "You edited revision " + base + ", but the record is at revision " + current.revision()
                            + (current.reviewedBy() == null ? "" : ", saved by " + current.reviewedBy())
                            + ". Reload the document and redo your changes on the current revision.");
            p.setProperty("currentRevision", current.revision());
            return p;
        }
    }

    /** FAILED, or not yet finished by the pipeline: there is nothing (yet) to review. */
    static final class NotReviewable extends ErrorResponseException {
        NotReviewable(String id, DocumentStatus status) {
            super(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT, "Not reviewable",
                    status == DocumentStatus.FAILED
                            ? "Document " + id + " FAILED to be read, so it has no fields to review; rescan the paper "
                            + "and upload the new scan."
                            : "Document " + id + " is still " + status + " (being read or waiting for the index); "
                            + "review it once it is INDEXED or NEEDS_REVIEW."), null);
        }
    }
}
