package de.rathaus.identity.staff;

import de.rathaus.identity.Role;
import de.rathaus.identity.StaffLink;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's own entries on the staff start page. */
@Configuration(proxyBeanMethods = false)
class StaffLinks {

    @Bean
    StaffLink staffAccountsLink() {
        return new StaffLink(
                "/verwaltung/konten",
                "identity.staff.link.accounts",
                "identity.staff.link.accounts.text",
                Set.of(Role.TENANT_ADMIN),
                900);
    }

    @Bean
    StaffLink ownAccountLink() {
        return new StaffLink(
                "/konto",
                "identity.staff.link.account",
                "identity.staff.link.account.text",
                Set.copyOf(Role.staffRoles()),
                1000);
    }
}
