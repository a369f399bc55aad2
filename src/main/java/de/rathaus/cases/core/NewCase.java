package de.rathaus.cases.core;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A case to open; see {@link CaseRecord} for the fields. */
public record NewCase(
        @Nullable UUID submissionId,
        @Nullable String reference,
        @Nullable UUID serviceId,
        String title,
        boolean confidential,
        UUID officeId,
        @Nullable UUID applicant,
        @Nullable String contactEmail,
        Channel channel,
        Instant receivedAt) {}
