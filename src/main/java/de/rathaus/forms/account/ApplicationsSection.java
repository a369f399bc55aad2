package de.rathaus.forms.account;

import de.rathaus.forms.draft.DraftSummary;
import de.rathaus.forms.draft.Drafts;
import de.rathaus.forms.submission.PaymentState;
import de.rathaus.forms.submission.SubmissionSummary;
import de.rathaus.forms.submission.Submissions;
import de.rathaus.identity.AccountKind;
import de.rathaus.identity.AccountSection;
import de.rathaus.identity.SignedInAccount;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** "Meine Anträge" on the citizen's account page: drafts and sent applications of this town. */
@Component
class ApplicationsSection implements AccountSection {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** A draft as the list shows it. */
    record DraftRow(UUID id, String formTitle, ZonedDateTime savedAt, String continueLink) {

        public String deleteLink() {
            return DraftDeletionController.path(id);
        }
    }

    /**
     * A sent application as the list shows it.
     *
     * @param paymentKey message key of how the fee stands; its arguments are the amount and the Kassenzeichen
     */
    record SubmissionRow(
            UUID id,
            String reference,
            String formTitle,
            ZonedDateTime sentAt,
            String paymentKey,
            @Nullable BigDecimal amount,
            @Nullable String kassenzeichen) {

        public String receiptLink() {
            return "/antrag/eingang/" + id + "/quittung";
        }
    }

    private final Drafts drafts;
    private final Submissions submissions;

    ApplicationsSection(Drafts drafts, Submissions submissions) {
        this.drafts = drafts;
        this.submissions = submissions;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "forms/account/applications :: section";
    }

    /** Staff accounts work for the town; citizens apply. */
    @Override
    public boolean appliesTo(SignedInAccount account) {
        return account.kind() == AccountKind.CITIZEN;
    }

    @Override
    public Map<String, Object> model(SignedInAccount account) {
        List<DraftRow> draftRows = drafts.ofApplicant(account.pseudonym()).stream()
                .map(ApplicationsSection::row)
                .toList();
        List<SubmissionRow> submissionRows = submissions.forApplicant(account.pseudonym()).stream()
                .map(ApplicationsSection::row)
                .toList();
        return Map.of("drafts", draftRows, "submissions", submissionRows);
    }

    private static DraftRow row(DraftSummary draft) {
        return new DraftRow(draft.id(), draft.formTitle(), draft.updatedAt().atZone(BERLIN), draft.link());
    }

    private static SubmissionRow row(SubmissionSummary sent) {
        ZonedDateTime sentAt = sent.submittedAt().atZone(BERLIN);
        return switch (sent.payment()) {
            case PaymentState.NoFee noFee ->
                new SubmissionRow(
                        sent.id(), sent.reference(), sent.formTitle(), sentAt, "forms.account.fee.none", null, null);
            case PaymentState.Paid paid ->
                new SubmissionRow(
                        sent.id(),
                        sent.reference(),
                        sent.formTitle(),
                        sentAt,
                        "forms.account.fee.paid",
                        paid.amount(),
                        null);
            case PaymentState.Invoiced invoiced ->
                new SubmissionRow(
                        sent.id(),
                        sent.reference(),
                        sent.formTitle(),
                        sentAt,
                        "forms.account.fee.invoiced",
                        invoiced.amount(),
                        invoiced.kassenzeichen());
        };
    }
}
