package de.rathaus.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.rathaus.IntegrationTest;
import de.rathaus.TestServers;
import de.rathaus.TestTenants;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class MailOutboxIT {

    @Autowired
    MailOutbox outbox;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    GreenMail smtp = new GreenMail(new ServerSetup(TestServers.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void mailQueuedDuringAnSmtpOutageIsSentWhenTheServerReturns() throws Exception {
        Tenant town = TestTenants.fresh(tenants);
        String recipient = "outage-" + UUID.randomUUID() + "@example.org";

        UUID id =
                CurrentTenant.runAs(town, () -> outbox.queue(new OutgoingMail(recipient, "Ihr Antrag", "Hallo Welt")));

        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(20)).until(() -> attempts(id) >= 2);
        assertThat(sentAt(id)).isFalse();
        assertThat(lastError(id)).isNotBlank();

        smtp.start();

        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(20)).until(() -> sentAt(id));
        MimeMessage received = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> hasRecipient(message, recipient))
                .findFirst()
                .orElseThrow();
        assertThat(received.getSubject()).isEqualTo("Ihr Antrag");
        assertThat(received.getFrom()[0].toString()).contains(town.name());
        assertThat(received.getContent().toString()).contains("Hallo Welt");
    }

    @Test
    void aRolledBackTransactionSendsNothing() {
        Tenant town = TestTenants.fresh(tenants);
        UUID[] id = new UUID[1];

        transactions.executeWithoutResult(status -> {
            id[0] = CurrentTenant.runAs(town, () -> outbox.queue(new OutgoingMail("x@example.org", "Test", "Text")));
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from platform.mail_outbox where id = ?")
                        .param(id[0])
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static boolean hasRecipient(MimeMessage message, String recipient) {
        try {
            return message.getAllRecipients()[0].toString().equals(recipient);
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private int attempts(UUID id) {
        return jdbc.sql("select attempts from platform.mail_outbox where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private boolean sentAt(UUID id) {
        return jdbc.sql("select sent_at is not null from platform.mail_outbox where id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    private String lastError(UUID id) {
        return jdbc.sql("select last_error from platform.mail_outbox where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
