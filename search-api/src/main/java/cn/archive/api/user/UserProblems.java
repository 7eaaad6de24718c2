package cn.archive.api.user;

import cn.archive.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The user API's errors as RFC 7807 problem details, each saying what to do. */
final class UserProblems {

    private UserProblems() {
    }

    static final class Invalid extends ErrorResponseException {
        Invalid(String detail) {
            super(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "Invalid user", detail), null);
        }
    }

    static final class NotFound extends ErrorResponseException {
        NotFound(String username) {
            super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "User not found",
                    "There is no user '" + username + "'; GET /api/users lists them."), null);
        }
    }

    static final class Conflict extends ErrorResponseException {
        Conflict(String detail) {
            super(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT, "Conflict", detail), null);
        }
    }
}
