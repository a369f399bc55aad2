package de.rathaus.forms.draft;

import com.fasterxml.uuid.Generators;
import de.rathaus.forms.FormId;
import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.library.PublishedForm;
import de.rathaus.platform.files.FileId;
import de.rathaus.platform.files.Files;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The current town's drafts. A draft belongs to a signed-in applicant (by pseudonym) or to a guest
 * who holds its secret (in a cookie); only a hash of a guest's secret is kept.
 */
@Service
public class Drafts {

    /** How long a resume link sent to a guest works. */
    public static final Duration RESUME_LINK_LIFETIME = Duration.ofDays(7);

    private static final String COLUMNS = """
            id, form_id, form_version, form_key, form_title, answers::text as answers, current_page,
            applicant, guest_email, declared_at, payment_attempt, payment_id, created_at, updated_at
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Files files;

    Drafts(JdbcClient jdbc, JsonMapper json, Files files) {
        this.jdbc = jdbc;
        this.json = json;
        this.files = files;
    }

    /** A guest's new draft and the secret that opens it (for the guest's cookie; never stored). */
    public record GuestDraft(Draft draft, String secret) {}

    /** Starts a draft of a signed-in applicant, with answers taken from the account. */
    @Transactional
    public Draft startForApplicant(PublishedForm form, UUID applicant, Answers prefill) {
        return insert(form, prefill, applicant, null);
    }

    @Transactional
    public GuestDraft startForGuest(PublishedForm form) {
        String secret = Secrets.fresh();
        return new GuestDraft(insert(form, Answers.empty(), null, Secrets.hash(secret)), secret);
    }

    private Draft insert(PublishedForm form, Answers answers, @Nullable UUID applicant, byte @Nullable [] secretHash) {
        UUID id = Generators.timeBasedEpochGenerator().generate();
        Timestamp now = Timestamp.from(now());
        jdbc.sql("""
                        insert into forms.draft (tenant_id, id, form_id, form_version, form_key, form_title, answers,
                                                 applicant, guest_secret_hash, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
                        """)
                .params(
                        tenant(),
                        id,
                        form.id().value(),
                        form.version(),
                        form.key(),
                        form.definition().title(),
                        answers.toString(),
                        applicant,
                        secretHash,
                        now,
                        now)
                .update();
        return require(id);
    }

    /**
     * The draft, if the applicant (signed in) or the guest (holding the secret) owns it; empty for
     * anybody else, so nobody learns that someone else's draft exists.
     */
    public Optional<Draft> find(UUID id, @Nullable UUID applicant, @Nullable String guestSecret) {
        if (applicant == null && guestSecret == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + """
                         from forms.draft
                        where tenant_id = ? and id = ? and (applicant = ? or guest_secret_hash = ?)
                        """)
                .params(tenant(), id, applicant, guestSecret == null ? null : Secrets.hash(guestSecret))
                .query(this::draft)
                .optional();
    }

    /** Saves the answers (also invalid ones: nothing typed is lost) and the page the citizen is on. */
    @Transactional
    public void save(UUID id, Answers answers, String currentPage) {
        jdbc.sql("""
                        update forms.draft set answers = ?::jsonb, current_page = ?, declared_at = null, updated_at = ?
                         where tenant_id = ? and id = ?
                        """)
                .params(answers.toString(), currentPage, Timestamp.from(now()), tenant(), id)
                .update();
    }

    /** The citizen confirmed the declaration; a guest may have given an address for the confirmation. */
    @Transactional
    public void declare(UUID id, @Nullable String guestEmail) {
        jdbc.sql("""
                        update forms.draft set declared_at = ?, guest_email = coalesce(?, guest_email), updated_at = ?
                         where tenant_id = ? and id = ?
                        """)
                .params(Timestamp.from(now()), guestEmail, Timestamp.from(now()), tenant(), id)
                .update();
    }

    /** Counts a new payment attempt and returns its number (1 for the first). */
    @Transactional
    public int nextPaymentAttempt(UUID id) {
        return jdbc.sql("""
                        update forms.draft set payment_attempt = payment_attempt + 1, updated_at = ?
                         where tenant_id = ? and id = ?
                        returning payment_attempt
                        """)
                .params(Timestamp.from(now()), tenant(), id)
                .query(Integer.class)
                .single();
    }

    @Transactional
    public void paymentStarted(UUID id, UUID paymentId) {
        jdbc.sql("update forms.draft set payment_id = ?, updated_at = ? where tenant_id = ? and id = ?")
                .params(paymentId, Timestamp.from(now()), tenant(), id)
                .update();
    }

    /** The applicant's drafts in the current town, the most recently changed first. */
    public List<DraftSummary> ofApplicant(UUID applicant) {
        return jdbc.sql("select " + COLUMNS + """
                         from forms.draft
                        where tenant_id = ? and applicant = ?
                        order by updated_at desc
                        """).params(tenant(), applicant).query(this::draft).list().stream()
                .map(draft -> new DraftSummary(
                        draft.id(), draft.formTitle(), draft.formKey(), draft.updatedAt(), draft.path()))
                .toList();
    }

    /** Deletes one of the applicant's drafts with its uploads; false when the applicant has no such draft. */
    @Transactional
    public boolean delete(UUID applicant, UUID draftId) {
        return find(draftId, applicant, null).map(this::deleteWithFiles).orElse(false);
    }

    private boolean deleteWithFiles(Draft draft) {
        UploadedFiles.in(draft.answers().toJson()).forEach(files::delete);
        return jdbc.sql("delete from forms.draft where tenant_id = ? and id = ?")
                        .params(tenant(), draft.id())
                        .update()
                > 0;
    }

    /** Deletes a file a draft no longer names (replaced or removed by the citizen). */
    @Transactional
    public void discardUpload(FileId file) {
        files.delete(file);
    }

    /**
     * A new resume link for a guest's draft: the token to put into the link (only its hash is
     * kept). The previous link stops working.
     */
    @Transactional
    public String newResumeLink(UUID id, String email) {
        String token = Secrets.fresh();
        jdbc.sql("""
                        update forms.draft
                           set resume_token_hash = ?, resume_expires_at = ?, guest_email = ?, updated_at = ?
                         where tenant_id = ? and id = ? and applicant is null
                        """)
                .params(
                        Secrets.hash(token),
                        Timestamp.from(now().plus(RESUME_LINK_LIFETIME)),
                        email,
                        Timestamp.from(now()),
                        tenant(),
                        id)
                .update();
        return token;
    }

    /** The draft a resume link opens, if the link is still valid (without using it up). */
    public Optional<Draft> resumable(String token) {
        return jdbc.sql("select " + COLUMNS + """
                         from forms.draft
                        where tenant_id = ? and resume_token_hash = ? and resume_expires_at > ?
                        """)
                .params(tenant(), Secrets.hash(token), Timestamp.from(now()))
                .query(this::draft)
                .optional();
    }

    /**
     * Uses a resume link: it works once. The guest gets a fresh secret for their cookie; the old
     * cookie (on a device the guest may have left) stops opening the draft.
     */
    @Transactional
    public Optional<GuestDraft> resume(String token) {
        String secret = Secrets.fresh();
        return jdbc.sql("""
                        update forms.draft
                           set guest_secret_hash = ?, resume_token_hash = null, resume_expires_at = null, updated_at = ?
                         where tenant_id = ? and resume_token_hash = ? and resume_expires_at > ?
                        returning id
                        """)
                .params(
                        Secrets.hash(secret),
                        Timestamp.from(now()),
                        tenant(),
                        Secrets.hash(token),
                        Timestamp.from(now()))
                .query(UUID.class)
                .optional()
                .map(id -> new GuestDraft(require(id), secret));
    }

    /** Makes a resume link unusable; false when it was not valid anyway. */
    @Transactional
    public boolean revoke(String token) {
        return jdbc.sql("""
                        update forms.draft set resume_token_hash = null, resume_expires_at = null
                         where tenant_id = ? and resume_token_hash = ?
                        """).params(tenant(), Secrets.hash(token)).update() > 0;
    }

    /** Makes the guest's current resume link unusable (from the page, where the guest has the cookie). */
    @Transactional
    public void revokeResumeLink(UUID id) {
        jdbc.sql("""
                        update forms.draft set resume_token_hash = null, resume_expires_at = null
                         where tenant_id = ? and id = ?
                        """).params(tenant(), id).update();
    }

    /** Whether a guest draft has a valid resume link out. */
    public boolean hasResumeLink(UUID id) {
        return jdbc.sql("""
                        select count(*) from forms.draft
                         where tenant_id = ? and id = ? and resume_token_hash is not null and resume_expires_at > ?
                        """)
                        .params(tenant(), id, Timestamp.from(now()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The draft was sent: it is deleted (its uploads now belong to the submission) and leaves a note
     * so a repeated request finds the submission. Call in the submission's transaction.
     */
    @Transactional
    public void sent(Draft draft, UUID submissionId) {
        jdbc.sql("""
                        insert into forms.draft_submitted
                            (tenant_id, draft_id, submission_id, applicant, guest_secret_hash, submitted_at)
                        select tenant_id, id, ?, applicant, guest_secret_hash, ?
                          from forms.draft where tenant_id = ? and id = ?
                        on conflict do nothing
                        """)
                .params(submissionId, Timestamp.from(now()), tenant(), draft.id())
                .update();
        jdbc.sql("delete from forms.draft where tenant_id = ? and id = ?")
                .params(tenant(), draft.id())
                .update();
    }

    /** The submission a sent draft became, for its owner. */
    public Optional<UUID> sentAs(UUID draftId, @Nullable UUID applicant, @Nullable String guestSecret) {
        if (applicant == null && guestSecret == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select submission_id from forms.draft_submitted
                         where tenant_id = ? and draft_id = ? and (applicant = ? or guest_secret_hash = ?)
                        """)
                .params(tenant(), draftId, applicant, guestSecret == null ? null : Secrets.hash(guestSecret))
                .query(UUID.class)
                .optional();
    }

    /**
     * Deletes the current town's drafts not changed since the given times, with their uploads, and
     * the notes of sent drafts older than a day.
     *
     * @return how many drafts were deleted
     */
    @Transactional
    public int deleteExpired(Instant guestDraftsBefore, Instant accountDraftsBefore) {
        List<Draft> expired = jdbc.sql("select " + COLUMNS + """
                         from forms.draft
                        where tenant_id = ?
                          and ((applicant is null and updated_at < ?) or (applicant is not null and updated_at < ?))
                        """)
                .params(tenant(), Timestamp.from(guestDraftsBefore), Timestamp.from(accountDraftsBefore))
                .query(this::draft)
                .list();
        expired.forEach(this::deleteWithFiles);
        jdbc.sql("delete from forms.draft_submitted where tenant_id = ? and submitted_at < ?")
                .params(tenant(), Timestamp.from(now().minus(Duration.ofDays(1))))
                .update();
        return expired.size();
    }

    private Draft require(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from forms.draft where tenant_id = ? and id = ?")
                .params(tenant(), id)
                .query(this::draft)
                .single();
    }

    private Draft draft(ResultSet rs, int row) throws SQLException {
        JsonNode answers = json.readTree(rs.getString("answers"));
        Timestamp declared = rs.getTimestamp("declared_at");
        return new Draft(
                rs.getObject("id", UUID.class),
                new FormId(rs.getObject("form_id", UUID.class)),
                rs.getInt("form_version"),
                rs.getString("form_key"),
                rs.getString("form_title"),
                answers instanceof ObjectNode object ? Answers.of(object) : Answers.empty(),
                rs.getString("current_page"),
                rs.getObject("applicant", UUID.class),
                rs.getString("guest_email"),
                declared == null ? null : declared.toInstant(),
                rs.getInt("payment_attempt"),
                rs.getObject("payment_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static UUID tenant() {
        return CurrentTenant.id().value();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
