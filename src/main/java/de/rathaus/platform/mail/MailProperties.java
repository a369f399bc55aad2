package de.rathaus.platform.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends.
 *
 * @param from the sender address; the town's name is shown as the sender's name
 * @param sendInterval how often the outbox looks for due mails
 * @param retryBase the wait after the first failed attempt; it doubles with each further failure
 * @param retryMax the longest wait between two attempts
 * @param batchSize how many mails one run sends at most
 */
@ConfigurationProperties("rathaus.mail")
record MailProperties(
        @DefaultValue("rathaus@localhost") String from,
        @DefaultValue("PT10S") Duration sendInterval,
        @DefaultValue("PT30S") Duration retryBase,
        @DefaultValue("PT1H") Duration retryMax,
        @DefaultValue("50") int batchSize) {

    Duration backOff(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration wait = retryBase.multipliedBy(1L << doublings);
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }
}
