package de.rathaus.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.TestTenants;
import de.rathaus.identity.AccountKind;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class IdentityCleanupIT {

    @Autowired
    IdentityCleanup cleanup;

    @Autowired
    Tenants tenants;

    @Autowired
    Accounts accounts;

    @Autowired
    Tokens tokens;

    @Autowired
    Counters counters;

    @Autowired
    JdbcClient jdbc;

    @Test
    void removesStaleRegistrationsLinksAndCountersButKeepsCurrentOnes() {
        Tenant town = TestTenants.fresh(tenants);
        Account stale = pending(town);
        Account fresh = pending(town);
        Account active = CurrentTenant.runAs(
                town,
                () -> accounts.insert(
                        AccountKind.CITIZEN,
                        AccountStatus.ACTIVE,
                        UUID.randomUUID() + "@example.org",
                        "Aktiv",
                        null,
                        false,
                        false));
        String usedToken = CurrentTenant.runAs(town, () -> tokens.issue(active.id(), TokenPurpose.RESET_PASSWORD));
        String openToken = CurrentTenant.runAs(town, () -> tokens.issue(active.id(), TokenPurpose.CONFIRM_EMAIL));
        CurrentTenant.runAs(town, () -> tokens.consume(usedToken, TokenPurpose.RESET_PASSWORD));
        CurrentTenant.runAs(town, () -> counters.increment("old", java.time.Duration.ofHours(1), Instant.now()));
        CurrentTenant.runAs(town, () -> counters.increment("recent", java.time.Duration.ofHours(1), Instant.now()));
        jdbc.sql("update identity.account set created_at = now() - interval '8 days' where id = ?")
                .param(stale.id())
                .update();
        jdbc.sql("update identity.account_token set used_at = now() - interval '2 days' where tenant_id = ? and"
                        + " used_at is not null")
                .param(town.id().value())
                .update();
        jdbc.sql("update identity.throttle set last_failure_at = now() - interval '2 days' where tenant_id = ?"
                        + " and throttle_key = 'old'")
                .param(town.id().value())
                .update();

        assertThat(cleanup.cleanUp()).isGreaterThanOrEqualTo(3);

        CurrentTenant.runAs(town, () -> {
            assertThat(accounts.byId(stale.id())).isEmpty();
            assertThat(accounts.byId(fresh.id())).isPresent();
            assertThat(accounts.byId(active.id())).isPresent();
            assertThat(tokens.peek(openToken, TokenPurpose.CONFIRM_EMAIL)).hasValue(active.id());
        });
        assertThat(jdbc.sql("select throttle_key from identity.throttle where tenant_id = ?")
                        .param(town.id().value())
                        .query(String.class)
                        .list())
                .containsExactly("recent");
        assertThat(jdbc.sql("select count(*) from identity.account_token where tenant_id = ?")
                        .param(town.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private Account pending(Tenant town) {
        return CurrentTenant.runAs(
                town,
                () -> accounts.insert(
                        AccountKind.CITIZEN,
                        AccountStatus.PENDING,
                        UUID.randomUUID() + "@example.org",
                        "Offen",
                        null,
                        false,
                        false));
    }
}
