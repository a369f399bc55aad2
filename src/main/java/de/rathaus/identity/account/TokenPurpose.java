package de.rathaus.identity.account;

import java.time.Duration;

/** What a link sent by e-mail is for, and how long it stays valid. */
public enum TokenPurpose {
    CONFIRM_EMAIL(Duration.ofHours(24)),
    RESET_PASSWORD(Duration.ofHours(2)),
    /** A new staff member sets their first password. */
    INVITATION(Duration.ofDays(7));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
