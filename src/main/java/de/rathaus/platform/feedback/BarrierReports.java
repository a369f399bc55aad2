package de.rathaus.platform.feedback;

import com.fasterxml.uuid.Generators;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import de.rathaus.platform.audit.AuditLog;
import de.rathaus.platform.mail.MailOutbox;
import de.rathaus.platform.mail.OutgoingMail;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Stores barrier reports, tells the town by e-mail, and deletes reports after a year. */
@Service
class BarrierReports {

    static final Duration RETENTION = Duration.ofDays(365);
    private static final Logger log = LoggerFactory.getLogger(BarrierReports.class);

    private final JdbcClient jdbc;
    private final MailOutbox outbox;
    private final AuditLog auditLog;

    BarrierReports(JdbcClient jdbc, MailOutbox outbox, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.auditLog = auditLog;
    }

    @Transactional
    UUID receive(BarrierReport report) {
        Tenant town = CurrentTenant.get();
        UUID id = Generators.timeBasedEpochGenerator().generate();
        jdbc.sql("""
                        insert into platform.accessibility_feedback (tenant_id, id, message, page, contact_email)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(
                        town.id().value(),
                        id,
                        report.message(),
                        blankToNull(report.page()),
                        blankToNull(report.email()))
                .update();
        if (StringUtils.hasText(town.email())) {
            outbox.queue(
                    new OutgoingMail(town.email(), "Barriere gemeldet (Erklärung zur Barrierefreiheit)", """
                    Über das Feedback-Formular der Erklärung zur Barrierefreiheit wurde eine Barriere gemeldet.
                    Bitte antworten Sie innerhalb von zwei Wochen.

                    Seite: %s
                    Kontakt für die Antwort: %s

                    Meldung:
                    %s
                    """.formatted(
                                    orDash(report.page()), orDash(report.email()), report.message())));
        }
        return id;
    }

    @Bean
    RecurringTask<Void> barrierReportRetention() {
        return Tasks.recurring("barrier-report-retention", Schedules.daily(LocalTime.of(3, 15)))
                .execute((instance, context) -> deleteExpired());
    }

    /** Deletes reports past their retention, leaving a record of how many went per town. */
    @Transactional
    int deleteExpired() {
        var perTown =
                jdbc.sql("""
                        delete from platform.accessibility_feedback
                         where created_at < now() - make_interval(days => ?)
                        returning tenant_id
                        """).param((int) RETENTION.toDays()).query(UUID.class).list();
        perTown.stream()
                .distinct()
                .forEach(tenant -> auditLog.recordFor(
                        new de.rathaus.platform.tenancy.TenantId(tenant),
                        "accessibility-feedback.deleted",
                        "accessibility-feedback",
                        null,
                        Map.of(
                                "count",
                                Long.toString(
                                        perTown.stream().filter(tenant::equals).count()))));
        if (!perTown.isEmpty()) {
            log.info("Deleted {} barrier reports past their retention", perTown.size());
        }
        return perTown.size();
    }

    private static String orDash(@org.jspecify.annotations.Nullable String value) {
        return StringUtils.hasText(value) ? value : "–";
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(
            @org.jspecify.annotations.Nullable String value) {
        return StringUtils.hasText(value) ? value : null;
    }
}
