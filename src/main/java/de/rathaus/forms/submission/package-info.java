/**
 * Sent applications: stored once (an idempotency key makes a retried or double-clicked submit
 * harmless), confirmed by e-mail, handed to the back office by the {@link
 * de.rathaus.forms.ApplicationSubmitted} event, and listed in the applicant's account.
 *
 * <p>The back office and the citizen's account read submissions through {@link
 * de.rathaus.forms.submission.Submissions}.
 */
@NamedInterface("submission")
@NullMarked
package de.rathaus.forms.submission;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
