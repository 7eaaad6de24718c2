package cn.archive.ingest.intake;

/**
 * A file the archive will not take, with a reason a person understands. The API answers 415 for
 * {@link Reason#UNSUPPORTED_TYPE}, 413 for {@link Reason#TOO_LARGE}; bulk ingest reports it as FAILED.
 */
public class RejectedFileException extends Exception {

    /** Why a file was rejected. */
    public enum Reason { UNSUPPORTED_TYPE, TOO_LARGE, EMPTY, UNREADABLE }

    private final Reason reason;

    public RejectedFileException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RejectedFileException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
