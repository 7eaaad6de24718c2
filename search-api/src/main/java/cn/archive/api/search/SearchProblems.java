package cn.archive.api.search;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The search API's errors as RFC 7807 problem details. */
final class SearchProblems {

    private SearchProblems() {
    }

    static final class BadQuery extends ErrorResponseException {
        BadQuery(String detail) {
            super(HttpStatus.BAD_REQUEST, problem(detail), null);
        }
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle("Bad search request");
        p.setType(URI.create("about:blank"));
        return p;
    }
}
