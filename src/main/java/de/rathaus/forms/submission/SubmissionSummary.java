package de.rathaus.forms.submission;

import java.time.Instant;
import java.util.UUID;

/** A submission in the applicant's list ({@code /konto}): what it was and how its fee stands. */
public record SubmissionSummary(
        UUID id, String reference, String formTitle, Instant submittedAt, PaymentState payment) {}
