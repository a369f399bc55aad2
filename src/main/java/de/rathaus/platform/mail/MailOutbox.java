package de.rathaus.platform.mail;

import com.fasterxml.uuid.Generators;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mails in the caller's transaction. Nothing is sent while the transaction is open: if
 * it rolls back, the mail never existed; if it commits, the mail is sent by {@link MailSending},
 * retried with back-off until the SMTP server accepts it.
 */
@Service
public class MailOutbox {

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public UUID queue(OutgoingMail mail) {
        UUID id = Generators.timeBasedEpochGenerator().generate();
        jdbc.sql("""
                        insert into platform.mail_outbox (tenant_id, id, recipient, subject, body)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(CurrentTenant.id().value(), id, mail.to(), mail.subject(), mail.text())
                .update();
        return id;
    }
}
