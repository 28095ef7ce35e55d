package vn.bantin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"/rss/..%2fadmin/ma-api.xhtml", "/rss/%2e%2e/admin/", "/tin-tuc/./x", "/a/..", "/x%5cy",
            "/tin-tuc/x;jsessionid=ABC", "/admin;x=1/", "/a//b", "/a%00b", "/a%0d%0ab", "/%c0%ae%c0%ae/", "/a%zz"})
    void paths_that_could_name_something_else_are_refused(String path) {
        assertFalse(RequestGuard.isPlainPath(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/tin-tuc/hoi-nghi-tong-ket", "/jakarta.faces.resource/site.css.xhtml",
            "/chuyen-muc/th%E1%BB%9Di-s%E1%BB%B1", "/anh/12.jpg", "/admin/"})
    void plain_paths_pass(String path) {
        assertTrue(RequestGuard.isPlainPath(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx;q=abc", "vi;q=2", "en;;", "vi,en;q=0.5;x=1", "\u0001", "vi-"})
    void unreadable_accept_language_headers_are_set_aside(String header) {
        assertFalse(RequestGuard.isWellFormedAcceptLanguage(header), header);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7", "*", "en;q=1.0", "fr-CH, fr;q=0.9, *;q=0.5"})
    void ordinary_accept_language_headers_pass(String header) {
        assertTrue(RequestGuard.isWellFormedAcceptLanguage(header), header);
    }

    @Test
    void addresses_compare_by_host_and_port_with_default_ports_left_out() {
        assertEquals("tinh.gov.vn", RequestGuard.authorityOf("https://TINH.gov.vn:443/admin/"));
        assertEquals("localhost:8080", RequestGuard.authorityOf("http://localhost:8080"));
        assertNull(RequestGuard.authorityOf("null"), "a sandboxed page's opaque origin");
        assertNull(RequestGuard.authorityOf("http://a b/"));
    }
}
