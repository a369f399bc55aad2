package de.rathaus.forms.submission;

import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.library.PublishedForm;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An application to store.
 *
 * @param idempotencyKey the same key twice (a double click, a retried request) stores one
 *     submission and returns the first one's reference
 * @param form the version the citizen filled in
 * @param answers checked answers, without those to hidden fields
 * @param applicant the signed-in citizen's pseudonym, or {@code null} for a guest
 * @param contactEmail where the confirmation goes (the account's address or the one the guest gave),
 *     or {@code null} when there is none
 * @param payment how the fee stands
 */
public record NewSubmission(
        String idempotencyKey,
        PublishedForm form,
        Answers answers,
        @Nullable UUID applicant,
        @Nullable String contactEmail,
        PaymentState payment) {}
