/**
 * Drafts: an application as far as the citizen has filled it in, saved with every page. Signed-in
 * citizens find theirs in their account; guests reach theirs through a cookie or a resume link sent
 * by e-mail. Old drafts are deleted with their uploads.
 *
 * <p>The account pages use {@link de.rathaus.forms.draft.Drafts#ofApplicant} and {@link
 * de.rathaus.forms.draft.Drafts#delete}.
 */
@NamedInterface("draft")
@NullMarked
package de.rathaus.forms.draft;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
