package de.rathaus.identity.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When sign-in is refused for a while.
 *
 * @param maxFailures failed attempts for one login name before it is locked
 * @param clientMaxFailures failed attempts from one client address (any login name) before it is locked
 * @param firstLock how long the first lock lasts; each further failure doubles it
 * @param maxLock the longest lock
 */
@ConfigurationProperties("rathaus.identity.lockout")
public record LockoutProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("50") int clientMaxFailures,
        @DefaultValue("PT1M") Duration firstLock,
        @DefaultValue("PT1H") Duration maxLock) {

    ThrottlePolicy forLoginName() {
        // failures long ago are forgiven: a person mistyping once a month never gets locked
        return new ThrottlePolicy(maxFailures, firstLock, maxLock, Duration.ofDays(1));
    }

    ThrottlePolicy forClient() {
        return new ThrottlePolicy(clientMaxFailures, firstLock, maxLock, Duration.ofHours(1));
    }
}
