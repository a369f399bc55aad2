package de.rathaus.forms.submission;

import com.fasterxml.uuid.Generators;
import de.rathaus.forms.ApplicationSubmitted;
import de.rathaus.forms.FormId;
import de.rathaus.forms.SubmissionChannel;
import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.library.FormLibrary;
import de.rathaus.forms.library.PublishedForm;
import de.rathaus.platform.audit.AuditLog;
import de.rathaus.platform.files.FileId;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Stores applications and answers what was sent. */
@Service
public class Submissions {

    /** Reference numbers are random: after this many collisions in a row something else is wrong. */
    private static final int REFERENCE_ATTEMPTS = 8;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final FormLibrary library;
    private final SubmissionAccess access;
    private final ConfirmationMail mail;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    Submissions(
            JdbcClient jdbc,
            JsonMapper json,
            FormLibrary library,
            SubmissionAccess access,
            ConfirmationMail mail,
            ApplicationEventPublisher events,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.library = library;
        this.access = access;
        this.mail = mail;
        this.events = events;
        this.audit = audit;
    }

    /**
     * Stores the application atomically (with its answers, attachments and payment state), queues the
     * confirmation e-mail and publishes {@link de.rathaus.forms.ApplicationSubmitted}. The same
     * idempotency key again returns the first submission (flagged {@link Submitted#duplicate()}).
     */
    @Transactional
    public Submitted submit(NewSubmission submission) {
        UUID tenant = CurrentTenant.id().value();
        PublishedForm form = submission.form();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID id = Generators.timeBasedEpochGenerator().generate();
        String answers = json.writeValueAsString(submission.answers().toJson());
        Payment payment = Payment.of(submission.payment());
        for (int attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
            String reference = ReferenceNumbers.next(now);
            // a second submit with the key waits here for the first one's transaction and then
            // inserts nothing; any other conflict is a reference number drawn twice
            int inserted = jdbc.sql("""
                            insert into forms.submission (tenant_id, id, reference, idempotency_key, form_id,
                                form_version, service_id, answers, applicant, contact_email, payment_kind,
                                payment_amount, payment_id, payment_provider, kassenzeichen, submitted_at)
                            values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict do nothing
                            """)
                    .params(
                            tenant,
                            id,
                            reference,
                            submission.idempotencyKey(),
                            form.id().value(),
                            form.version(),
                            form.serviceId().value(),
                            answers,
                            submission.applicant(),
                            submission.contactEmail(),
                            payment.kind(),
                            payment.amount(),
                            payment.id(),
                            payment.provider(),
                            payment.kassenzeichen(),
                            Timestamp.from(now))
                    .update();
            if (inserted == 1) {
                return stored(id, reference, submission, now);
            }
            Optional<Submitted> first = submitted(submission.idempotencyKey());
            if (first.isPresent()) {
                return first.get();
            }
        }
        throw new IllegalStateException("No free reference number after " + REFERENCE_ATTEMPTS + " attempts");
    }

    private Submitted stored(UUID id, String reference, NewSubmission submission, Instant now) {
        UUID tenant = CurrentTenant.id().value();
        PublishedForm form = submission.form();
        for (Attachment attachment : Attachments.in(form.definition(), submission.answers())) {
            jdbc.sql("""
                            insert into forms.submission_file (tenant_id, submission_id, file_id, answer_path)
                            values (?, ?, ?, ?) on conflict do nothing
                            """)
                    .params(tenant, id, attachment.file().value(), attachment.path())
                    .update();
        }
        String token = access.tokenFor(id);
        if (submission.contactEmail() != null) {
            mail.queue(
                    submission.contactEmail(),
                    form.definition().title(),
                    reference,
                    id,
                    submission.applicant() == null ? token : null);
        }
        events.publishEvent(new ApplicationSubmitted(
                CurrentTenant.id(),
                id,
                reference,
                form.id(),
                form.version(),
                form.serviceId(),
                submission.applicant(),
                SubmissionChannel.ONLINE,
                now));
        // last: the audit chain is locked per town until this transaction commits
        audit.record(
                "submission.received",
                "submission",
                id.toString(),
                Map.of(
                        "form",
                        form.key(),
                        "version",
                        String.valueOf(form.version()),
                        "reference",
                        reference,
                        "applicant",
                        submission.applicant() == null
                                ? "guest"
                                : submission.applicant().toString()));
        return new Submitted(id, reference, false, token);
    }

    /** The submission stored under this idempotency key in the current town, as a duplicate. */
    public Optional<Submitted> submitted(String idempotencyKey) {
        return jdbc.sql("select id, reference from forms.submission where tenant_id = ? and idempotency_key = ?")
                .params(CurrentTenant.id().value(), idempotencyKey)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Submitted(id, rs.getString("reference"), true, access.tokenFor(id));
                })
                .optional();
    }

    /** A submission of the current town. */
    @Transactional(readOnly = true)
    public Optional<SubmissionView> find(UUID id) {
        return jdbc.sql("""
                        select id, reference, form_id, form_version, answers::text as answers, applicant,
                               contact_email, payment_kind, payment_amount, payment_id, payment_provider,
                               kassenzeichen, submitted_at
                          from forms.submission where tenant_id = ? and id = ?
                        """)
                .params(CurrentTenant.id().value(), id)
                .query((rs, row) -> new SubmissionView(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        form(rs),
                        Answers.of((ObjectNode) json.readTree(rs.getString("answers"))),
                        rs.getObject("applicant", UUID.class),
                        rs.getString("contact_email"),
                        Payment.read(rs),
                        rs.getTimestamp("submitted_at").toInstant()))
                .optional();
    }

    /** The files handed in with a submission of the current town, in the order of the answers. */
    public List<Attachment> attachments(UUID submissionId) {
        return jdbc.sql("""
                        select file_id, answer_path from forms.submission_file
                         where tenant_id = ? and submission_id = ? order by answer_path
                        """)
                .params(CurrentTenant.id().value(), submissionId)
                .query((rs, row) ->
                        new Attachment(new FileId(rs.getObject("file_id", UUID.class)), rs.getString("answer_path")))
                .list();
    }

    /** What an applicant has sent in the current town, newest first (their list in {@code /konto}). */
    @Transactional(readOnly = true)
    public List<SubmissionSummary> forApplicant(UUID pseudonym) {
        Map<String, String> titles = new HashMap<>();
        return jdbc.sql("""
                        select id, reference, form_id, form_version, payment_kind, payment_amount, payment_id,
                               payment_provider, kassenzeichen, submitted_at
                          from forms.submission where tenant_id = ? and applicant = ?
                         order by submitted_at desc
                        """)
                .params(CurrentTenant.id().value(), pseudonym)
                .query((rs, row) -> new SubmissionSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        titles.computeIfAbsent(
                                rs.getString("form_id") + "/" + rs.getInt("form_version"),
                                version -> form(rs).definition().title()),
                        rs.getTimestamp("submitted_at").toInstant(),
                        Payment.read(rs)))
                .list();
    }

    /**
     * Whether a guest's access token opens this submission of the current town (a submission of
     * another town, or none, is never opened).
     */
    public boolean verifyAccess(UUID id, String token) {
        boolean exists = jdbc.sql("select count(*) from forms.submission where tenant_id = ? and id = ?")
                        .params(CurrentTenant.id().value(), id)
                        .query(Long.class)
                        .single()
                > 0;
        return exists && access.verify(id, token);
    }

    private PublishedForm form(ResultSet rs) {
        try {
            FormId formId = new FormId(rs.getObject("form_id", UUID.class));
            int version = rs.getInt("form_version");
            return library.version(formId, version)
                    .orElseThrow(() -> new IllegalStateException(
                            "The form version " + formId.value() + "/" + version + " of a submission is missing"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param id the submission's id
     * @param reference the reference number the citizen is given (unique within the town)
     * @param duplicate whether the idempotency key had been used before (nothing new was stored)
     * @param accessToken the secret that lets a guest open the confirmation and the receipt
     */
    public record Submitted(UUID id, String reference, boolean duplicate, String accessToken) {}

    /** The payment columns of a submission row. */
    private record Payment(
            String kind,
            @Nullable BigDecimal amount,
            @Nullable UUID id,
            @Nullable String provider,
            @Nullable String kassenzeichen) {

        static Payment of(PaymentState state) {
            return switch (state) {
                case PaymentState.NoFee noFee -> new Payment("NO_FEE", null, null, null, null);
                case PaymentState.Paid paid ->
                    new Payment("PAID", paid.amount(), paid.paymentId(), paid.provider(), null);
                case PaymentState.Invoiced invoiced ->
                    new Payment("INVOICED", invoiced.amount(), invoiced.paymentId(), null, invoiced.kassenzeichen());
            };
        }

        static PaymentState read(ResultSet rs) throws SQLException {
            return switch (rs.getString("payment_kind")) {
                case "PAID" ->
                    new PaymentState.Paid(
                            rs.getBigDecimal("payment_amount"),
                            rs.getObject("payment_id", UUID.class),
                            rs.getString("payment_provider"));
                case "INVOICED" ->
                    new PaymentState.Invoiced(
                            rs.getBigDecimal("payment_amount"),
                            rs.getObject("payment_id", UUID.class),
                            rs.getString("kassenzeichen"));
                default -> new PaymentState.NoFee();
            };
        }
    }
}
