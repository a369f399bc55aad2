/**
 * The form editor for the town's editorial staff ({@code /verwaltung/formulare}): forms are written
 * as {@code rathaus-form/1} JSON in a plain text box, checked, previewed with the citizen journey's
 * own field markup, saved as drafts and published; forms travel between towns by export and import.
 */
@NullMarked
package de.rathaus.forms.editor;

import org.jspecify.annotations.NullMarked;
