package de.rathaus.platform.abuse;

/**
 * Thrown by a controller when a {@link RateLimits} limit is reached: the API answers 429 as
 * problem+json, a page answers 429 with a friendly German page; both send {@code Retry-After}.
 */
public class TooManyRequestsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(Decision.Refused refused) {
        this(refused.retryAfterSeconds());
    }

    public TooManyRequestsException(long retryAfterSeconds) {
        super("Too many requests; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
