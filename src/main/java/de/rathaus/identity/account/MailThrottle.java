package de.rathaus.identity.account;

import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Keeps the registration and "forgotten password" forms from being used to flood someone's
 * mailbox, or to send mail in bulk from one client. Over the limit, the form answers as usual and
 * sends nothing.
 */
@Component
public class MailThrottle {

    static final Duration WINDOW = Duration.ofHours(1);
    static final int PER_RECIPIENT = 3;
    static final int PER_CLIENT = 30;

    private final Counters counters;
    private final Clock clock = Clock.systemUTC();

    MailThrottle(Counters counters) {
        this.counters = counters;
    }

    /** Counts a mail about to be sent; false if the recipient or the client has had enough for now. */
    public boolean allow(String recipient, String clientAddress) {
        var now = clock.instant();
        int toRecipient = counters.increment(Counters.key("mail-to", EmailAddress.key(recipient)), WINDOW, now);
        int fromClient = counters.increment(Counters.key("mail-from", clientAddress), WINDOW, now);
        return toRecipient <= PER_RECIPIENT && fromClient <= PER_CLIENT;
    }
}
