/**
 * Finding the right service: the services (Leistungen, LeiKa keys), life situations
 * (Lebenslagen), the offices' public pages, locations, fees, FAQs, search and the "Frag die
 * Stadt" assistant.
 *
 * <p>Part of the module skeleton (ARCHITECTURE.md); the capability is built by its own issue, which
 * also declares the module's dependencies here.
 */
@ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {})
@NullMarked
package de.rathaus.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
