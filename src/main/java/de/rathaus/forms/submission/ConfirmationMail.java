package de.rathaus.forms.submission;

import de.rathaus.platform.mail.MailOutbox;
import de.rathaus.platform.mail.OutgoingMail;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The e-mail that confirms a submission: it names the form and the reference number and links to
 * the receipt, nothing more (an e-mail passes through servers the town does not control, so the
 * answers stay out of it). Queued in the submission's transaction.
 */
@Component
class ConfirmationMail {

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    ConfirmationMail(
            MailOutbox outbox,
            MessageSource messages,
            @Value("${rathaus.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /**
     * @param accessToken the guest's token, or {@code null} for a signed-in applicant (who opens
     *     the receipt from the account)
     */
    void queue(String to, String formTitle, String reference, UUID submissionId, @Nullable String accessToken) {
        // the language the applicant used on the site; German outside a request
        Locale locale =
                LocaleContextHolder.getLocaleContext() == null ? Locale.GERMAN : LocaleContextHolder.getLocale();
        String town = CurrentTenant.get().name();
        UriComponentsBuilder link = base().path("/antrag/eingang/{id}/quittung");
        if (accessToken != null) {
            link.queryParam("zugang", accessToken);
        }
        Object[] args = {
            formTitle,
            town,
            reference,
            link.buildAndExpand(submissionId).encode().toUriString()
        };
        String kind = accessToken == null ? "account" : "guest";
        outbox.queue(new OutgoingMail(
                to,
                messages.getMessage("submission.mail.subject", args, locale),
                messages.getMessage("submission.mail." + kind + ".text", args, locale)));
    }

    /**
     * The town's own address: a submission comes in on the town's host (the tenant is chosen by
     * it), so the request's address is right; without a request the configured base URL is used.
     */
    private UriComponentsBuilder base() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes
                ? ServletUriComponentsBuilder.fromCurrentContextPath()
                : UriComponentsBuilder.fromUriString(baseUrl);
    }
}
