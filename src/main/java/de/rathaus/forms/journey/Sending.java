package de.rathaus.forms.journey;

import de.rathaus.forms.definition.AnswerError;
import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.definition.FormDefinition;
import de.rathaus.forms.definition.FormRules;
import de.rathaus.forms.draft.Draft;
import de.rathaus.forms.draft.Drafts;
import de.rathaus.forms.submission.NewSubmission;
import de.rathaus.forms.submission.PaymentState;
import de.rathaus.forms.submission.SubmissionAccess;
import de.rathaus.forms.submission.Submissions;
import de.rathaus.identity.AccountEmails;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a draft: checks all answers once more, stores the submission and deletes the draft in one
 * transaction. The idempotency key comes from the draft (and the payment), so a double click or a
 * reloaded payment return gives the same submission.
 */
@Component
class Sending {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Submissions submissions;
    private final SubmissionAccess access;
    private final Drafts drafts;
    private final AccountEmails emails;

    Sending(Submissions submissions, SubmissionAccess access, Drafts drafts, AccountEmails emails) {
        this.submissions = submissions;
        this.access = access;
        this.drafts = drafts;
        this.emails = emails;
    }

    /** The outcome: sent (where the confirmation is), or refused with the answers' errors. */
    sealed interface Outcome {
        record Sent(String confirmation) implements Outcome {}

        record Refused(List<AnswerError> errors) implements Outcome {}
    }

    static LocalDate today() {
        return LocalDate.now(BERLIN);
    }

    /** The answers as they would be sent, and what is wrong with them. */
    static List<AnswerError> problems(FormDefinition form, Answers answers) {
        return FormRules.checkAll(form, FormRules.withoutHidden(form, answers), today());
    }

    @Transactional
    Outcome send(Journeys.Opened opened, PaymentState payment, @Nullable UUID paymentId) {
        Draft draft = opened.draft();
        FormDefinition form = opened.form().definition();
        Answers answers = FormRules.withoutHidden(form, draft.answers());
        List<AnswerError> errors = FormRules.checkAll(form, answers, today());
        if (!errors.isEmpty()) {
            return new Outcome.Refused(errors);
        }
        String key = "draft:" + draft.id() + (paymentId == null ? "" : ":" + paymentId);
        String contact = opened.account() != null ? emails.of(opened.account()).orElse(null) : draft.guestEmail();
        Submissions.Submitted submitted =
                submissions.submit(new NewSubmission(key, opened.form(), answers, draft.applicant(), contact, payment));
        drafts.sent(draft, submitted.id());
        return new Outcome.Sent(confirmation(submitted.id(), draft.applicant() == null));
    }

    /** The confirmation page of a submission; a guest's link carries the access token. */
    /**
     * The redirect to the confirmation when this draft was sent already (a reloaded or repeated
     * step after sending), so every step of the journey treats that case alike.
     */
    Optional<String> redirectIfSent(Journeys journeys, String draft, HttpServletRequest request) {
        return journeys.sent(draft, request)
                .map(id -> "redirect:" + confirmation(id, journeys.account().isEmpty()));
    }

    String confirmation(UUID submissionId, boolean guest) {
        String path = "/antrag/eingang/" + submissionId;
        return guest ? path + "?zugang=" + access.tokenFor(submissionId) : path;
    }
}
