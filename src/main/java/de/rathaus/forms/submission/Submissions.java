package de.rathaus.forms.submission;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Stores applications and answers what was sent. */
@Service
public class Submissions {

    /**
     * Stores the application atomically (with its answers, attachments and payment state), queues the
     * confirmation e-mail and publishes {@link de.rathaus.forms.ApplicationSubmitted}. The same
     * idempotency key again returns the first submission (flagged {@link Submitted#duplicate()}).
     */
    public Submitted submit(NewSubmission submission) {
        throw new UnsupportedOperationException("contract: implemented by the submissions helper");
    }

    /** A submission of the current town. */
    public Optional<SubmissionView> find(UUID id) {
        throw new UnsupportedOperationException("contract: implemented by the submissions helper");
    }

    /**
     * @param id the submission's id
     * @param reference the reference number the citizen is given (unique within the town)
     * @param duplicate whether the idempotency key had been used before (nothing new was stored)
     * @param accessToken the secret that lets a guest open the confirmation and the receipt
     */
    public record Submitted(UUID id, String reference, boolean duplicate, String accessToken) {}
}
