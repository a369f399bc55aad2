package de.rathaus.catalog.settings;

import de.rathaus.identity.Role;
import de.rathaus.identity.StaffLink;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings' entry on the staff start page. */
@Configuration(proxyBeanMethods = false)
class SettingsLinks {

    @Bean
    StaffLink catalogSettingsLink() {
        return new StaffLink(
                "/verwaltung/katalog/aemter",
                "catalog.settings.link",
                "catalog.settings.link.text",
                Set.of(Role.EDITOR, Role.TENANT_ADMIN),
                310);
    }
}
