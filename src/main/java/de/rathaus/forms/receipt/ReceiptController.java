package de.rathaus.forms.receipt;

import de.rathaus.forms.submission.SubmissionView;
import de.rathaus.forms.submission.Submissions;
import de.rathaus.identity.CurrentAccount;
import de.rathaus.identity.SignedInAccount;
import de.rathaus.platform.audit.AuditLog;
import de.rathaus.platform.files.Downloads;
import de.rathaus.platform.files.FileContent;
import de.rathaus.platform.files.Files;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The applicant downloads the receipt: signed in as the applicant, or as a guest with the access
 * token from the confirmation page and e-mail. Anyone else gets a 404, so the address reveals
 * nothing about whether the submission exists.
 */
@Controller
class ReceiptController {

    /** Seconds after which the receipt is usually made. */
    private static final String RETRY_AFTER = "5";

    private final Submissions submissions;
    private final Receipts receipts;
    private final Files files;
    private final CurrentAccount accounts;
    private final AuditLog audit;

    ReceiptController(
            Submissions submissions, Receipts receipts, Files files, CurrentAccount accounts, AuditLog audit) {
        this.submissions = submissions;
        this.receipts = receipts;
        this.files = files;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * The receipt PDF, or a page saying it is being made (202 with {@code Retry-After}) while the
     * event has not been handled yet or its file waits for the virus scan.
     */
    @GetMapping("/antrag/eingang/{submissionId}/quittung")
    Object download(
            @PathVariable UUID submissionId,
            @RequestParam(name = "zugang", required = false) @Nullable String token,
            HttpServletResponse response) {
        SubmissionView submission = submissions
                .find(submissionId)
                .filter(found -> opens(found, token))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<FileContent> receipt = receipts.of(submissionId).flatMap(files::open);
        if (receipt.isEmpty()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
            return pending(submission, token);
        }
        audit.record(
                "receipt.downloaded",
                "submission",
                submissionId.toString(),
                Map.of("by", token == null ? "applicant" : "access-token"));
        return Downloads.attachment(receipt.get());
    }

    /** The applicant signed in, or the submission's access token (guests, and the link in the mail). */
    private boolean opens(SubmissionView submission, @Nullable String token) {
        UUID applicant = submission.applicant();
        boolean signedInApplicant = applicant != null
                && accounts.find()
                        .map(SignedInAccount::pseudonym)
                        .filter(applicant::equals)
                        .isPresent();
        return signedInApplicant || (token != null && submissions.verifyAccess(submission.id(), token));
    }

    private static ModelAndView pending(SubmissionView submission, @Nullable String token) {
        var page = new ModelAndView("forms/receipt/pending", HttpStatus.ACCEPTED);
        page.addObject("reference", submission.reference());
        page.addObject(
                "reloadUrl",
                UriComponentsBuilder.fromPath("/antrag/eingang/{id}/quittung")
                        .queryParamIfPresent("zugang", Optional.ofNullable(token))
                        .buildAndExpand(submission.id())
                        .encode()
                        .toUriString());
        return page;
    }
}
