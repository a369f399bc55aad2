package de.rathaus.forms.api;

import de.rathaus.forms.definition.AnswerError;
import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.definition.FormRules;
import de.rathaus.forms.library.PublishedForm;
import de.rathaus.forms.submission.NewSubmission;
import de.rathaus.forms.submission.PaymentState;
import de.rathaus.forms.submission.Submissions;
import de.rathaus.payment.Payment;
import de.rathaus.payment.PaymentRequest;
import de.rathaus.payment.Payments;
import de.rathaus.platform.files.Files;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks and stores an application sent through the API, all in one transaction: its files are
 * stored first (the rules check their references), and any refused answer rolls everything back,
 * so a refused request leaves nothing behind (except an infected file, which the file service keeps
 * in quarantine).
 */
@Component
class ApiSubmissions {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Submissions submissions;
    private final Files files;
    private final Payments payments;
    private final ApiMessages messages;
    private final TransactionTemplate transaction;

    ApiSubmissions(
            Submissions submissions,
            Files files,
            Payments payments,
            ApiMessages messages,
            PlatformTransactionManager transactions) {
        this.submissions = submissions;
        this.files = files;
        this.payments = payments;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Checks the answers before anything is stored or counted: the rules of the form on the answers
     * shown (hidden ones dropped), the files as they will be referenced.
     *
     * @throws ApiRefusal 400 with the refused answers
     */
    void check(PublishedForm form, SubmissionBody body, Uploads uploads) {
        Answers shown = FormRules.withoutHidden(form.definition(), Answers.of(body.answers()));
        List<FieldProblem> problems = new ArrayList<>();
        addRuleProblems(form, Answers.of(uploads.provisional(shown.toJson())), problems);
        if (!problems.isEmpty()) {
            throw messages.invalid("invalid-answers", problems);
        }
    }

    /**
     * Stores the files and the application in one transaction; the rules are applied again to the
     * stored files' references, and any refusal rolls everything back.
     *
     * @param key the idempotency key as stored (scoped to the caller and the request)
     * @throws ApiRefusal 400 for a refused file, 409 when a fee cannot be invoiced here
     */
    Submissions.Submitted store(
            PublishedForm form, SubmissionBody body, Uploads uploads, String key, @Nullable UUID applicant) {
        return Objects.requireNonNull(transaction.execute(status -> {
            List<FieldProblem> problems = new ArrayList<>();
            Answers shown = FormRules.withoutHidden(form.definition(), Answers.of(body.answers()));
            Answers answers = Answers.of(uploads.store(shown.toJson(), files, problems, messages));
            addRuleProblems(form, answers, problems);
            if (!problems.isEmpty()) {
                throw messages.invalid("invalid-answers", problems);
            }
            Submissions.Submitted submitted = submissions.submit(
                    new NewSubmission(key, form, answers, applicant, body.contactEmail(), payment(form, answers, key)));
            if (submitted.duplicate()) {
                // a simultaneous twin got there first: its files and invoice stand, not these
                status.setRollbackOnly();
            }
            return submitted;
        }));
    }

    /** The rules' problems with answers not already refused for another reason (e.g. a refused file). */
    private void addRuleProblems(PublishedForm form, Answers answers, List<FieldProblem> problems) {
        Set<String> reported = problems.stream().map(FieldProblem::pointer).collect(Collectors.toSet());
        for (AnswerError error : FormRules.checkAll(form.definition(), answers, LocalDate.now(BERLIN))) {
            FieldProblem problem = messages.answer(error);
            if (reported.add(problem.pointer())) {
                problems.add(problem);
            }
        }
    }

    /** A fee is invoiced (pay later): an API client cannot be sent to a payment page. */
    private PaymentState payment(PublishedForm form, Answers answers, String key) {
        BigDecimal fee = FormRules.fee(form.definition(), answers);
        if (fee.signum() <= 0 || form.definition().fee() == null) {
            return new PaymentState.NoFee();
        }
        Payments.PaymentMethod invoice = payments.methods().stream()
                .filter(Payments.PaymentMethod::payLater)
                .findFirst()
                .orElseThrow(() -> messages.refusal(HttpStatus.CONFLICT, "no-invoice"));
        BigDecimal amount = fee.setScale(2, RoundingMode.HALF_UP);
        Payment payment = payments.start(
                invoice.id(),
                new PaymentRequest(
                        "api-" + key,
                        amount,
                        form.definition().fee().purpose(),
                        "api-" + key,
                        URI.create("/antrag/" + form.key())));
        String kassenzeichen = payment.kassenzeichen();
        if (kassenzeichen == null) {
            throw new IllegalStateException("The pay-later provider " + invoice.id() + " gave no Kassenzeichen");
        }
        return new PaymentState.Invoiced(amount, payment.id(), kassenzeichen);
    }
}
