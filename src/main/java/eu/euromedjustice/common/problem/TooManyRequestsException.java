package eu.euromedjustice.common.problem;

/** A client over one of its rate limits: a 429 problem with Retry-After. */
public class TooManyRequestsException extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String detail, long retryAfterSeconds) {
        super(ProblemType.TOO_MANY_REQUESTS, detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Whole seconds until the client may try again, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
