package de.rathaus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.Accounts;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SecondFactorStorageIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSharedKeyIsStoredSealedAndReadBackInPlain() {
        var testAccounts = new TestAccounts(context);
        Tenant town = testAccounts.musterstadt();
        Account clerk = testAccounts.citizen(town);

        Account reloaded = CurrentTenant.runAs(town, () -> {
            accounts.enableSecondFactor(clerk.id(), "JBSWY3DPEHPK3PXP", 1L);
            return accounts.require(clerk.id());
        });

        String stored = jdbc.sql("select totp_secret from identity.account where id = ?")
                .param(clerk.id())
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1.").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(reloaded.totpSecret()).isEqualTo("JBSWY3DPEHPK3PXP");
    }
}
