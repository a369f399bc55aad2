package de.rathaus.forms.receipt;

import de.rathaus.forms.submission.SubmissionView;
import de.rathaus.forms.submission.Submissions;
import de.rathaus.payment.Payments;
import de.rathaus.platform.documents.PdfDocuments;
import de.rathaus.platform.files.FileId;
import de.rathaus.platform.files.Files;
import de.rathaus.platform.files.StoreRequest;
import de.rathaus.platform.files.StoreResult;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the receipt of a submission of the current town, once: renders the PDF, stores it as a
 * file and records it. Receipts are German, as the issuing authority's documents are.
 */
@Service
class ReceiptMaker {

    static final String TEMPLATE = "forms/receipt/receipt";
    private static final Locale GERMAN = Locale.GERMAN;
    private static final Logger log = LoggerFactory.getLogger(ReceiptMaker.class);

    private final Submissions submissions;
    private final ReceiptRows rows;
    private final PdfDocuments documents;
    private final Files files;
    private final Payments payments;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReceiptMaker(
            Submissions submissions,
            ReceiptRows rows,
            PdfDocuments documents,
            Files files,
            Payments payments,
            MessageSource messages,
            PlatformTransactionManager transactionManager) {
        this.submissions = submissions;
        this.rows = rows;
        this.documents = documents;
        this.files = files;
        this.payments = payments;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = Clock.systemUTC();
    }

    /**
     * Makes the receipt unless the submission has one. A retried event finds the first receipt;
     * two deliveries at once both render, and the one that records second removes its file. The PDF
     * is rendered outside any transaction, so a slow document holds no database connection; the
     * file and its record are stored together.
     *
     * @return the receipt's file, or empty for a submission that no longer exists
     */
    Optional<FileId> make(UUID submissionId) {
        Optional<FileId> existing = rows.find(submissionId);
        if (existing.isPresent()) {
            return existing;
        }
        Optional<SubmissionView> submission = submissions.find(submissionId);
        if (submission.isEmpty()) {
            // deleted (retention) before its receipt was made: nothing left to confirm
            log.warn("Submission {} no longer exists; no receipt made", submissionId);
            return Optional.empty();
        }
        byte[] pdf = render(submission.get());
        return transactions.execute(tx -> {
            FileId file = store(submission.get(), pdf);
            if (rows.insert(submissionId, file, clock.instant())) {
                return Optional.of(file);
            }
            files.delete(file);
            return rows.find(submissionId);
        });
    }

    /** The receipt PDF of a submission. */
    byte[] render(SubmissionView submission) {
        var content = ReceiptContent.of(submission, messages, GERMAN, this::providerName);
        String description = messages.getMessage(
                "receipt.description", new Object[] {content.reference(), content.formTitle()}, GERMAN);
        return documents.render(TEMPLATE, Map.of("receipt", content, "description", description), GERMAN);
    }

    private FileId store(SubmissionView submission, byte[] pdf) {
        String name = messages.getMessage("receipt.file-name", new Object[] {submission.reference()}, GERMAN);
        return switch (files.store(StoreRequest.of(name, pdf, Set.of("application/pdf")))) {
            case StoreResult.Stored stored -> stored.file().id();
            // our own PDF refused (too large for the installation's limit): the event is retried
            // once the operator has raised the limit
            case StoreResult.Refused refused ->
                throw new IllegalStateException(
                        "The receipt of submission " + submission.id() + " was refused: " + refused.code());
        };
    }

    /** The payment method's name as the citizen chose it; its id where the town no longer offers it. */
    private String providerName(String provider) {
        return payments.methods().stream()
                .filter(method -> method.id().equals(provider))
                .findFirst()
                .map(method -> messages.getMessage(method.labelKey(), null, provider, GERMAN))
                .orElse(provider);
    }
}
