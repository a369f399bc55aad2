package de.rathaus.catalog.assistant;

import de.rathaus.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Frag die Stadt" in the main navigation, after the services. */
@Configuration(proxyBeanMethods = false)
class AssistantNavigation {

    @Bean
    NavigationItem askTheTownNavigation() {
        return new NavigationItem("/assistent", "assistant.nav", 20);
    }
}
