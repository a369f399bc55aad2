/**
 * Finding the right service: the services (Leistungen, LeiKa keys), life situations
 * (Lebenslagen), the offices' public pages, locations, fees, FAQs, search and the "Frag die
 * Stadt" assistant.
 *
 * <p>Citizens ask "Ich ziehe um, was muss ich tun?" and find the service, what it needs and
 * costs, who is responsible and what to do next. Editors keep the services and FAQs with drafts
 * and a version history; towns share catalogues as JSON. Other modules use {@link
 * de.rathaus.catalog.Catalog} and offer next steps through {@link
 * de.rathaus.catalog.ServiceActionProvider}.
 */
@ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {"platform::tenancy", "platform::audit", "platform::web", "identity"})
@NullMarked
package de.rathaus.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
