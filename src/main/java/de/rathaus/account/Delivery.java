package de.rathaus.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When a mailbox message was provided and first retrieved (opened by the citizen): the times an
 * electronic delivery of a decision is measured by.
 */
public record Delivery(
        MessageId id, Instant providedAt, @Nullable Instant firstRetrievedAt) {

    public boolean retrieved() {
        return firstRetrievedAt != null;
    }
}
