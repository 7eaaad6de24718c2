package cn.archive.api.user;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The user API's errors as RFC 7807 problem details, each saying what to do. */
final class UserProblems {

    private UserProblems() {
    }

    static final class Invalid extends ErrorResponseException {
        Invalid(String detail) {
            super(HttpStatus.BAD_REQUEST, problem(HttpStatus.BAD_REQUEST, "Invalid user", detail), null);
        }
    }

    static final class NotFound extends ErrorResponseException {
        NotFound(String username) {
            super(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND, "User not found",
                    "There is no user '" + username + "'; GET /api/users lists them."), null);
        }
    }

    static final class Conflict extends ErrorResponseException {
        Conflict(String detail) {
            super(HttpStatus.CONFLICT, problem(HttpStatus.CONFLICT, "Conflict", detail), null);
        }
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        return p;
    }
}
