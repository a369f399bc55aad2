package de.rathaus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.rathaus.IntegrationTest;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountStatus;
import de.rathaus.identity.account.Accounts;
import de.rathaus.identity.account.ExternalSignUp;
import de.rathaus.identity.account.Passwords;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class ExternalSignUpIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    ExternalSignUp signUp;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    TestAccounts testAccounts;
    Tenant musterstadt;
    Tenant musterdorf;

    @BeforeEach
    void setUp() {
        testAccounts = new TestAccounts(context);
        musterstadt = testAccounts.musterstadt();
        musterdorf = testAccounts.musterdorf();
    }

    @Test
    void theFirstVisitCreatesACitizenAccountAndLaterVisitsFindIt() {
        String email = TestAccounts.freshEmail("oidc");

        Account first = CurrentTenant.runAs(
                musterstadt, () -> signUp.findOrCreateCitizen("bundid", "sub-1-" + email, email, "Ina Id"));
        Account again = CurrentTenant.runAs(
                musterstadt, () -> signUp.findOrCreateCitizen("bundid", "sub-1-" + email, "neu@example.org", "Ina"));

        assertThat(first.kind()).isEqualTo(AccountKind.CITIZEN);
        assertThat(first.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(first.passwordHash()).isNull();
        assertThat(again.id()).isEqualTo(first.id());
    }

    @Test
    void aVerifiedAddressLinksAnExistingRegistrationAndConfirmsIt() {
        String email = TestAccounts.freshEmail("pending");
        Account pending = CurrentTenant.runAs(
                musterstadt,
                () -> accounts.insert(
                        AccountKind.CITIZEN,
                        AccountStatus.PENDING,
                        email,
                        "Paul",
                        passwords.hash(TestAccounts.PASSWORD),
                        false,
                        false));

        Account linked =
                CurrentTenant.runAs(musterstadt, () -> signUp.findOrCreateCitizen("oidc", "sub-2", email, "Paul"));

        assertThat(linked.id()).isEqualTo(pending.id());
        assertThat(linked.status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void aCitizenProviderNeverLeadsIntoAStaffAccount() {
        Account staff = testAccounts.staff(musterstadt);

        assertThatThrownBy(() -> CurrentTenant.runAs(
                        musterstadt, () -> signUp.findOrCreateCitizen("oidc", "sub-3", staff.email(), "Staff")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eachTownHasItsOwnAccountForTheSameIdentity() {
        String email = TestAccounts.freshEmail("zwei-orte");

        Account stadt = CurrentTenant.runAs(
                musterstadt, () -> signUp.findOrCreateCitizen("bundid", "sub-4-" + email, email, "Zoe"));
        Account dorf = CurrentTenant.runAs(
                musterdorf, () -> signUp.findOrCreateCitizen("bundid", "sub-4-" + email, email, "Zoe"));

        assertThat(dorf.id()).isNotEqualTo(stadt.id());
        assertThat(dorf.tenantId()).isEqualTo(musterdorf.id().value());
    }
}
