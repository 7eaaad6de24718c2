package cn.archive.api.preview;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The preview endpoint's errors as RFC 7807 problem details that say what to do. */
final class PreviewProblems {

    private PreviewProblems() {
    }

    static final class NoSuchPage extends ErrorResponseException {
        NoSuchPage(String id, int page) {
            super(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND, "No such page",
                    "Document " + id + " has no page " + page + ": pages are numbered from 1 up to the record's"
                            + " 'pages'."), null);
        }
    }

    static final class BadSize extends ErrorResponseException {
        BadSize(String size) {
            super(HttpStatus.BAD_REQUEST, problem(HttpStatus.BAD_REQUEST, "Unknown preview size",
                    "size must be 'screen' (the default) or 'thumb'."), null);
        }
    }

    static final class Unrenderable extends ErrorResponseException {
        Unrenderable(String id, Throwable cause) {
            super(HttpStatus.UNPROCESSABLE_ENTITY, problem(HttpStatus.UNPROCESSABLE_ENTITY, "Page cannot be shown",
                    "The original of " + id + " could not be rendered as an image; download the original instead."),
                    cause);
        }
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        return p;
    }
}
