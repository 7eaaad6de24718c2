package cn.archive.api.document;

import cn.archive.api.Problems;
import cn.archive.ingest.intake.RejectedFileException;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The document API's errors as RFC 7807 problem details, each saying what to do. */
final class DocumentProblems {

    private DocumentProblems() {
    }

    static String validId(String id) {
        if (id == null || !id.matches("[0-9a-f]{64}")) {
            throw new BadId(id);
        }
        return id;
    }

    static final class NotFound extends ErrorResponseException {
        NotFound(String id) {
            super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "Document not found",
                    "There is no document " + id + " in the archive."), null);
        }
    }

    static final class BadId extends ErrorResponseException {
        BadId(String id) {
            super(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "Not a document id",
                    "A document id is the 64-character lowercase hex SHA-256 of the original."), null);
        }
    }

    static final class Rejected extends ErrorResponseException {
        Rejected(RejectedFileException e) {
            super(status(e), Problems.of(status(e), e.reason() == RejectedFileException.Reason.TOO_LARGE
                    ? "File too large" : "File not accepted", e.getMessage()), e);
        }

        private static HttpStatus status(RejectedFileException e) {
            return switch (e.reason()) {
                case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
                case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
                default -> HttpStatus.UNPROCESSABLE_ENTITY;
            };
        }
    }

    static final class Busy extends ErrorResponseException {
        Busy(int queued) {
            super(HttpStatus.SERVICE_UNAVAILABLE, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Ingest queue full",
                    queued + " uploads are waiting for OCR; retry after the time in Retry-After."), null);
            getHeaders().set("Retry-After", "30");
        }
    }

    static final class RangeNotSatisfiable extends ErrorResponseException {
        RangeNotSatisfiable(long size) {
            super(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, Problems.of(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
                    "Range not satisfiable", "The original has " + size + " bytes."), null);
            getHeaders().set("Content-Range", "bytes */" + size);
        }
    }
}
