package de.rathaus.catalog.editing;

import de.rathaus.identity.Role;
import de.rathaus.identity.StaffLink;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The editors' entry on the staff start page. Town admins may open the pages too (they hold every
 * staff right of the town), but the entry is for the editorial role whose daily work this is; the
 * admin's start page stays about accounts and settings.
 */
@Configuration(proxyBeanMethods = false)
class EditingLinks {

    @Bean
    StaffLink catalogEditingLink() {
        return new StaffLink(
                "/verwaltung/katalog/leistungen",
                "catalog.editing.link",
                "catalog.editing.link.text",
                Set.of(Role.EDITOR),
                300);
    }
}
