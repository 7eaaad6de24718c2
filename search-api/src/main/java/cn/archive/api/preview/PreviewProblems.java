package cn.archive.api.preview;

import cn.archive.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The preview endpoint's errors as RFC 7807 problem details that say what to do. */
final class PreviewProblems {

    private PreviewProblems() {
    }

    static final class NoSuchPage extends ErrorResponseException {
        NoSuchPage(String id, int page) {
            super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "No such page",
                    "Document " + id + " has no page " + page + ": pages are numbered from 1 up to the record's"
                            + " 'pages'."), null);
        }
    }

    static final class BadSize extends ErrorResponseException {
        BadSize(String size) {
            super(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "Unknown preview size",
                    "size must be 'screen' (the default) or 'thumb'."), null);
        }
    }

    static final class Unrenderable extends ErrorResponseException {
        Unrenderable(String id, Throwable cause) {
            super(HttpStatus.UNPROCESSABLE_ENTITY, Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "Page cannot be shown",
                    "The original of " + id + " could not be rendered as an image; download the original instead."),
                    cause);
        }
    }
}
