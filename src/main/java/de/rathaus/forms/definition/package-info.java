/**
 * What a form is: the exchange format {@code rathaus-form/1} ({@link FormDefinition}), reading and
 * checking definitions, the rules that check answers, the fee computed from answers, and the JSON
 * Schema derived from a definition.
 */
@NullMarked
package de.rathaus.forms.definition;

import org.jspecify.annotations.NullMarked;
