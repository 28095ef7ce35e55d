package vn.bantin.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
