package de.rathaus.platform.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import de.rathaus.platform.tenancy.DemoMode;
import de.rathaus.platform.tenancy.TenantId;
import de.rathaus.platform.tenancy.Tenants;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job that empties the outbox. Each mail is claimed with {@code for update skip locked}, so
 * several nodes can send side by side without sending a mail twice.
 *
 * <p>Without an SMTP server ({@code spring.mail.host} unset) mails wait in the outbox; in demo
 * mode they are written to the log instead, so the demo's confirmation links can be followed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailSending {

    private static final Logger log = LoggerFactory.getLogger(MailSending.class);

    private record Due(UUID tenantId, UUID id, String recipient, String subject, String body, int attempts) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSender> smtp;
    private final Tenants tenants;
    private final DemoMode demo;
    private final MailProperties properties;
    private final Clock clock = Clock.systemUTC();

    MailSending(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ObjectProvider<JavaMailSender> smtp,
            Tenants tenants,
            DemoMode demo,
            MailProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.smtp = smtp;
        this.tenants = tenants;
        this.demo = demo;
        this.properties = properties;
    }

    @Bean
    RecurringTask<Void> mailOutboxTask() {
        return Tasks.recurring("mail-outbox", FixedDelay.of(properties.sendInterval()))
                .execute((instance, context) -> sendDue());
    }

    /** Sends what is due, one mail per transaction; returns how many were sent. */
    int sendDue() {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null && !demo.enabled()) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < properties.batchSize(); i++) {
            Boolean outcome = transactions.execute(status -> sendNext(sender));
            if (outcome == null) {
                break;
            }
            if (outcome) {
                sent++;
            }
        }
        return sent;
    }

    /** @return null when nothing is due, otherwise whether the claimed mail went out */
    private @org.jspecify.annotations.Nullable Boolean sendNext(
            @org.jspecify.annotations.Nullable JavaMailSender sender) {
        Optional<Due> claimed = jdbc.sql("""
                        select tenant_id, id, recipient, subject, body, attempts from platform.mail_outbox
                         where sent_at is null and next_attempt_at <= now()
                         order by next_attempt_at
                         limit 1 for update skip locked
                        """)
                .query((rs, row) -> new Due(
                        rs.getObject("tenant_id", UUID.class),
                        rs.getObject("id", UUID.class),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getInt("attempts")))
                .optional();
        if (claimed.isEmpty()) {
            return null;
        }
        Due mail = claimed.get();
        try {
            if (sender == null) {
                log.info(
                        "Demo without SMTP, mail to {} not sent. Subject: {}\n{}",
                        mail.recipient(),
                        mail.subject(),
                        mail.body());
                markSent(mail, "written to the log: no SMTP server configured (demo)");
            } else {
                deliver(sender, mail);
                markSent(mail, null);
            }
            return true;
        } catch (MailException | jakarta.mail.MessagingException | UnsupportedEncodingException e) {
            int attempts = mail.attempts() + 1;
            Instant next = clock.instant().plus(properties.backOff(attempts));
            // an outage fails every mail on every run: warn on the first failure and then now and then
            boolean worthAWarning = attempts == 1 || attempts % 10 == 0;
            log.atLevel(worthAWarning ? org.slf4j.event.Level.WARN : org.slf4j.event.Level.DEBUG)
                    .log(
                            "Mail {} could not be sent (attempt {}), next try at {}: {}",
                            mail.id(),
                            attempts,
                            next,
                            e.getMessage());
            jdbc.sql("""
                            update platform.mail_outbox set attempts = ?, next_attempt_at = ?, last_error = ?
                             where tenant_id = ? and id = ?
                            """)
                    .params(
                            attempts,
                            java.sql.Timestamp.from(next),
                            String.valueOf(e.getMessage()),
                            mail.tenantId(),
                            mail.id())
                    .update();
            return false;
        }
    }

    private void deliver(JavaMailSender sender, Due mail)
            throws jakarta.mail.MessagingException, UnsupportedEncodingException {
        String townName = tenants.byId(new TenantId(mail.tenantId()))
                .map(tenant -> tenant.name())
                .orElse("Rathaus");
        var message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(new InternetAddress(properties.from(), townName, "UTF-8"));
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        message.setHeader("Auto-Submitted", "auto-generated");
        sender.send(message);
    }

    private void markSent(Due mail, @org.jspecify.annotations.Nullable String note) {
        jdbc.sql("""
                        update platform.mail_outbox set sent_at = now(), attempts = attempts + 1, last_error = ?
                         where tenant_id = ? and id = ?
                        """).params(note, mail.tenantId(), mail.id()).update();
    }
}
