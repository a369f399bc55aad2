/**
 * The web frame every page shares: layout, design-system fragments, languages, the tenant's
 * theme, the information pages required of a public body (Impressum, Datenschutz,
 * Barrierefreiheit, Leichte Sprache, Gebärdensprache) and friendly error pages.
 */
@NamedInterface("web")
@NullMarked
package de.rathaus.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
