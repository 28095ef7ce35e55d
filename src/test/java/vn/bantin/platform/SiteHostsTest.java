package vn.bantin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteHostsTest {

    @ParameterizedTest
    @ValueSource(strings = {"x<!--<script>", "evil.example/p", "a b", "localhost:99999", "localhost:", "@evil", "[::1",
            "localhost:80:80", "ex\u0001ample", "", ".."})
    void malformed_hosts_have_no_name(String header) {
        assertEquals(Optional.empty(), SiteHosts.hostOf(header));
    }

    @Test
    void names_compare_without_case_port_or_final_dot() {
        assertEquals(Optional.of("tinh.gov.vn"), SiteHosts.hostOf("TINH.gov.vn.:8443"));
        assertEquals(Optional.of("[::1]"), SiteHosts.hostOf("[::1]:8080"));
    }

    @Test
    void by_default_the_portal_answers_to_localhost_and_its_own_addresses_only() {
        SiteHosts.reset();
        assertTrue(SiteHosts.isAllowed("localhost:8080"));
        assertTrue(SiteHosts.isAllowed("127.0.0.1:8080"));
        assertTrue(SiteHosts.isAllowed("[::1]:8080"));
        assertFalse(SiteHosts.isAllowed("evil.example"));
        assertFalse(SiteHosts.isAllowed("localhost.evil.example"));
    }
}
