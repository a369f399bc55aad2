package de.rathaus.platform.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientKeysTest {

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertThat(ClientKeys.network("2001:db8:1234:5678:abcd::1")).isEqualTo("2001:db8:1234:5678:0:0:0:0/64");
        assertThat(ClientKeys.network("2001:db8:1234:5678:ffff:eeee:dddd:cccc"))
                .isEqualTo(ClientKeys.network("2001:0db8:1234:5678::9"));
        assertThat(ClientKeys.network("2001:db8:1234:5679::1"))
                .isNotEqualTo(ClientKeys.network("2001:db8:1234:5678::1"));
    }

    @Test
    void anIpv6AddressMayComeWithBracketsOrAZone() {
        assertThat(ClientKeys.network("[2001:db8:1:2::3]")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientKeys.network("fe80::1%eth0")).isEqualTo("fe80:0:0:0:0:0:0:0/64");
    }

    @Test
    void anIpv4ClientIsCountedByItsAddress() {
        assertThat(ClientKeys.network("192.0.2.17")).isEqualTo("192.0.2.17");
        assertThat(ClientKeys.network("192.0.2.18")).isNotEqualTo(ClientKeys.network("192.0.2.17"));
        // an IPv4 client seen through an IPv6 socket is the same client
        assertThat(ClientKeys.network("::ffff:192.0.2.17")).isEqualTo("192.0.2.17");
    }

    @Test
    void somethingThatIsNoAddressIsNeverLookedUp() {
        assertThat(ClientKeys.network("example.org")).isEqualTo("example.org");
        assertThat(ClientKeys.network("unknown")).isEqualTo("unknown");
    }
}
