package de.rathaus.forms;

import de.rathaus.catalog.ServiceId;
import de.rathaus.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An application was sent and stored (published after the submission committed, by Spring
 * Modulith's event publication registry, so a listener that fails is retried). The back office
 * turns it into a case; the receipt is made from it.
 *
 * @param submissionId the stored submission
 * @param reference the reference number the citizen was given
 * @param applicant the pseudonym of the signed-in applicant, or {@code null} for a guest
 * @param channel online, or filed by a clerk at the counter
 */
public record ApplicationSubmitted(
        TenantId tenantId,
        UUID submissionId,
        String reference,
        FormId formId,
        int formVersion,
        ServiceId serviceId,
        @Nullable UUID applicant,
        SubmissionChannel channel,
        Instant submittedAt) {}
