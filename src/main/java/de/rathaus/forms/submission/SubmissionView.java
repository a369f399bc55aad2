package de.rathaus.forms.submission;

import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.library.PublishedForm;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A stored submission as its applicant and the back office see it. */
public record SubmissionView(
        UUID id,
        String reference,
        PublishedForm form,
        Answers answers,
        @Nullable UUID applicant,
        @Nullable String contactEmail,
        PaymentState payment,
        Instant submittedAt) {}
