/**
 * The editors' side of the catalogue ({@code /verwaltung/katalog}): write services and FAQs as
 * drafts, look at them as citizens will, publish a version, go back to an older one, and share the
 * catalogue with other towns as JSON or bring in services from a spreadsheet (CSV).
 */
@NullMarked
package de.rathaus.catalog.editing;

import org.jspecify.annotations.NullMarked;
