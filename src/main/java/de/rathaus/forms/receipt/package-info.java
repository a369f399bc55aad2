/**
 * The receipt (Eingangsbestätigung) of an application: a PDF/A the citizen keeps, listing what
 * was sent, the attachments, the fee and the reference number. It is made from {@link
 * de.rathaus.forms.ApplicationSubmitted} after the submission has committed, so a slow document
 * never slows or loses an application; the applicant downloads it from the confirmation page.
 *
 * <p>Other parts ask {@link de.rathaus.forms.receipt.Receipts#of} for the stored file.
 */
@NamedInterface("receipt")
@NullMarked
package de.rathaus.forms.receipt;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
