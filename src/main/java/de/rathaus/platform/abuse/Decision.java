package de.rathaus.platform.abuse;

/** The answer of {@link RateLimits#tryAcquire}: go ahead, or come back later. */
public sealed interface Decision {

    boolean allowed();

    /** The attempt is counted; {@code remaining} more fit into the current window. */
    record Allowed(int remaining) implements Decision {
        @Override
        public boolean allowed() {
            return true;
        }
    }

    /** Over the limit: a new window starts in {@code retryAfterSeconds} (at least 1). */
    record Refused(long retryAfterSeconds) implements Decision {
        @Override
        public boolean allowed() {
            return false;
        }
    }
}
