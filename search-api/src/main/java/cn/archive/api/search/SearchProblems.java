package cn.archive.api.search;

import cn.archive.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The search API's errors as RFC 7807 problem details. */
final class SearchProblems {

    private SearchProblems() {
    }

    static final class BadQuery extends ErrorResponseException {
        BadQuery(String detail) {
            super(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "Bad search request", detail), null);
        }
    }
}
