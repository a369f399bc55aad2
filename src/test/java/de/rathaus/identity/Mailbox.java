package de.rathaus.identity;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.rathaus.TestServers;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The SMTP server the application sends to in tests, started for one test class and read per
 * recipient: {@code @RegisterExtension static final Mailbox mailbox = new Mailbox();}
 */
public final class Mailbox implements BeforeAllCallback, AfterAllCallback {

    public record Mail(String subject, String text) {

        /** The path and query of the first link in the mail that starts with the given path. */
        public String link(String path) {
            Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "[^\\s]*)")
                    .matcher(text);
            if (!link.find()) {
                throw new AssertionError("No link to " + path + " in: " + text);
            }
            return link.group(1);
        }

        public String token(String path) {
            return link(path).replaceFirst(".*[?&]token=", "");
        }
    }

    private final GreenMail smtp =
            new GreenMail(new ServerSetup(TestServers.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Override
    public void beforeAll(ExtensionContext context) {
        smtp.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        smtp.stop();
    }

    /** Waits for the n-th mail to this recipient (counting from 1). */
    public Mail next(String recipient, int number) {
        // an uncaught exception of some other thread (another test's work) is not this wait's failure
        org.awaitility.Awaitility.await()
                .dontCatchUncaughtExceptions()
                .atMost(Duration.ofSeconds(30))
                .until(() -> to(recipient).size() >= number);
        MimeMessage message = to(recipient).get(number - 1);
        try {
            return new Mail(
                    message.getSubject(), message.getContent().toString().replace("\r\n", "\n"));
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Mail first(String recipient) {
        return next(recipient, 1);
    }

    public List<MimeMessage> to(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }
}
