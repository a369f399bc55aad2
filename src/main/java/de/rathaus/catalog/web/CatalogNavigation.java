package de.rathaus.catalog.web;

import de.rathaus.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Leistungen" in the main navigation: the way into the catalogue from every page. */
@Configuration(proxyBeanMethods = false)
class CatalogNavigation {

    @Bean
    NavigationItem servicesNavigation() {
        return new NavigationItem("/leistungen", "pages.nav.services", 10);
    }
}
