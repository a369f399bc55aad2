package de.rathaus.platform.abuse;

import java.time.Duration;

/**
 * How many attempts one client may make in a fixed window, e.g. {@code new Limit(5, Duration.ofMinutes(10))}.
 */
public record Limit(int permits, Duration window) {

    public Limit {
        if (permits < 1) {
            throw new IllegalArgumentException("A limit allows at least one attempt");
        }
        if (window.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("A limit's window is at least one second");
        }
    }
}
