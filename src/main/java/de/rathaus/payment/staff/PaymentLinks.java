package de.rathaus.payment.staff;

import de.rathaus.identity.Role;
import de.rathaus.identity.StaffLink;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The payments' entry on the staff start page. */
@Configuration(proxyBeanMethods = false)
class PaymentLinks {

    @Bean
    StaffLink paymentsLink() {
        return new StaffLink(
                "/verwaltung/zahlungen",
                "payment.staff.link",
                "payment.staff.link.text",
                Set.of(Role.TENANT_ADMIN),
                400);
    }
}
