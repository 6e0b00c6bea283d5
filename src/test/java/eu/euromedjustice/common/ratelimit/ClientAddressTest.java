package eu.euromedjustice.common.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    @Test
    void shouldKeyAnIpv4AddressByItself() {
        assertThat(ClientAddress.key("203.0.113.7")).isEqualTo("ip:203.0.113.7");
        assertThat(ClientAddress.key("::ffff:203.0.113.7")).as("IPv4-mapped").isEqualTo("ip:203.0.113.7");
    }

    @Test
    void shouldKeyAnIpv6AddressByItsSlash64Network() {
        String key = ClientAddress.key("2001:db8:1:2:3:4:5:6");

        assertThat(key).isEqualTo("ip:20010db800010002::/64");
        assertThat(ClientAddress.key("2001:db8:1:2:ffff::1")).isEqualTo(key);
        assertThat(ClientAddress.key("[2001:db8:1:2::9]")).isEqualTo(key);
        assertThat(ClientAddress.key("2001:db8:1:3::1")).isNotEqualTo(key);
        assertThat(ClientAddress.key("fe80::1%eth0")).isEqualTo("ip:fe80000000000000::/64");
    }

    @Test
    void shouldKeepWhatIsNoAddressShortAndApart() {
        assertThat(ClientAddress.key("unknown")).isEqualTo("other:unknown");
        assertThat(ClientAddress.key("x".repeat(500))).hasSize("other:".length() + 64);
    }
}
