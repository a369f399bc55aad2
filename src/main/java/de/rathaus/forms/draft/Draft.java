package de.rathaus.forms.draft;

import de.rathaus.forms.FormId;
import de.rathaus.forms.definition.Answers;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An application being filled in (Entwurf).
 *
 * @param formVersion the version the draft was started with; it stays on it
 * @param currentPage the page the citizen last saw, where "Weiter ausfüllen" leads
 * @param applicant the signed-in applicant's pseudonym, or {@code null} for a guest's draft
 * @param guestEmail the address a guest gave (for the confirmation or a resume link)
 * @param declaredAt when the citizen confirmed the declaration, or {@code null}
 * @param paymentAttempt counts payment attempts, so each retry is a new payment request
 * @param paymentId the payment last started for this draft
 */
public record Draft(
        UUID id,
        FormId formId,
        int formVersion,
        String formKey,
        String formTitle,
        Answers answers,
        @Nullable String currentPage,
        @Nullable UUID applicant,
        @Nullable String guestEmail,
        @Nullable Instant declaredAt,
        int paymentAttempt,
        @Nullable UUID paymentId,
        Instant createdAt,
        Instant updatedAt) {

    public boolean ofGuest() {
        return applicant == null;
    }

    /** The address where "Weiter ausfüllen" leads. */
    public String path() {
        return "/antrag/" + formKey + "/" + id + "/weiter";
    }
}
