package de.rathaus.forms.submission;

import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.library.PublishedForm;
import de.rathaus.platform.files.FileId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored submission as its applicant and the back office see it.
 *
 * @param receipt the receipt PDF once it has been made (it is made after the submission committed)
 */
public record SubmissionView(
        UUID id,
        String reference,
        PublishedForm form,
        Answers answers,
        @Nullable UUID applicant,
        @Nullable String contactEmail,
        PaymentState payment,
        Instant submittedAt,
        @Nullable FileId receipt) {}
