package de.rathaus.platform.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

@IntegrationTest
class ClientKeysIT {

    @Autowired
    ClientKeys keys;

    @Test
    void addressesAreHashedSoNoneIsStored() {
        String key = keys.ofAddress("192.0.2.17");

        assertThat(key).matches("ip:[0-9a-f]{64}").doesNotContain("192.0.2.17");
        assertThat(keys.ofAddress("192.0.2.17")).isEqualTo(key);
        assertThat(keys.ofAddress("192.0.2.18")).isNotEqualTo(key);
    }

    @Test
    void oneIpv6NetworkIsOneClient() {
        assertThat(keys.ofAddress("2001:db8:aa:bb::1")).isEqualTo(keys.ofAddress("2001:db8:aa:bb:1:2:3:4"));
        assertThat(keys.ofAddress("2001:db8:aa:bc::1")).isNotEqualTo(keys.ofAddress("2001:db8:aa:bb::1"));
    }

    @Test
    void theRequestsAddressIsTheClient() {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100.4");

        assertThat(keys.of(request)).isEqualTo(keys.ofAddress("198.51.100.4"));
    }

    @Test
    void eMailAddressesAreHashedIgnoringCaseAndSpaces() {
        String key = keys.ofEmail("Erika.Mustermann@Example.org ");

        assertThat(key).matches("mail:[0-9a-f]{64}");
        assertThat(keys.ofEmail("erika.mustermann@example.org")).isEqualTo(key);
        assertThat(keys.ofEmail("max@example.org")).isNotEqualTo(key);
        // an e-mail key never equals an address key, whatever the text
        assertThat(keys.ofEmail("192.0.2.17").substring(5))
                .isNotEqualTo(keys.ofAddress("192.0.2.17").substring(3));
    }
}
