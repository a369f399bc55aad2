package de.rathaus.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void plausibleAddresses() {
        assertThat(EmailAddress.plausible("erika@example.org")).isTrue();
        assertThat(EmailAddress.plausible(" erika.mustermann+rathaus@mail.example.de "))
                .isTrue();
        assertThat(EmailAddress.plausible("erika@localhost")).isFalse();
        assertThat(EmailAddress.plausible("erika")).isFalse();
        assertThat(EmailAddress.plausible("erika@@example.org")).isFalse();
        assertThat(EmailAddress.plausible("eri ka@example.org")).isFalse();
        assertThat(EmailAddress.plausible("a".repeat(250) + "@example.org")).isFalse();
    }

    @Test
    void addressesAreFoundRegardlessOfCaseAndSpaces() {
        assertThat(EmailAddress.key(" Erika@Example.ORG ")).isEqualTo("erika@example.org");
    }
}
