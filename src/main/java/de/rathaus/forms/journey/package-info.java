/**
 * The citizen's way through an application (GOV.UK/KERN patterns): the start page, one topic per
 * page, checking the answers, the declaration, paying the fee and the confirmation with the
 * reference number; saving and resuming. Everything works without JavaScript.
 */
@NullMarked
package de.rathaus.forms.journey;

import org.jspecify.annotations.NullMarked;
