package vn.bantin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.bantin.testing.Portal;
import vn.bantin.testing.PortalProcess;

/**
 * The portal behind its own TLS proxy, configured as the README says (bantin.site.url with https,
 * bantin.proxy.trusted=true): links name the public address whatever a request claims, HTTPS as
 * the proxy reports it brings HSTS, the session cookie is Secure, and posts from the public
 * address are accepted while others are not.
 */
class TrustedProxyIT {

    private static Process portal;
    private static URL base;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("BANTIN_DB_URL", null);
        environment.put("BANTIN_DATA_DIR", PortalProcess.dataDirectory("proxy-data-"));
        environment.put("BANTIN_PROXY_TRUSTED", "true");
        environment.put("BANTIN_SITE_URL", "https://tinh.example.vn");
        int port = PortalProcess.freePort();
        portal = PortalProcess.start("trusted-proxy", port, environment);
        base = PortalProcess.base(port);
        PortalProcess.awaitStatus(portal, base, "/health/ready", s -> s == 200, Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        PortalProcess.stop(portal);
    }

    @Test
    void addresses_headers_and_cookies_follow_the_public_address() {
        String viaProxy = Portal.raw(base, "GET", "/sitemap.xml", "X-Forwarded-Proto: https",
                "X-Forwarded-Host: tinh.example.vn");
        assertEquals(200, Portal.status(viaProxy));
        assertTrue(viaProxy.contains("<loc>https://tinh.example.vn/tin-tuc/"), viaProxy);
        assertTrue(viaProxy.contains("Strict-Transport-Security: max-age="), "HSTS over HTTPS");
        String rfc7239 = Portal.raw(base, "GET", "/rss", "Forwarded: for=203.0.113.9;proto=https;host=tinh.example.vn");
        assertTrue(rfc7239.contains("Strict-Transport-Security: max-age="), "Forwarded (RFC 7239) too");

        String claimed = Portal.raw(base, "GET", "/sitemap.xml?khac=1", "Host: evil.example", "X-Forwarded-Host: evil.example");
        assertFalse(claimed.contains("evil.example"), "links come from bantin.site.url, never from a request");

        String signIn = Portal.raw(base, "GET", "/admin/", "X-Forwarded-Proto: https");
        String cookie = signIn.lines().filter(l -> l.startsWith("Set-Cookie: JSESSIONID")).findFirst().orElse("");
        assertTrue(cookie.contains("Secure"), "the session cookie travels over HTTPS only: " + cookie);

        assertFalse(Portal.raw(base, "GET", "/sitemap.xml?thuong=1").contains("Strict-Transport-Security"),
                "no HSTS on a request that did not come over HTTPS");
        assertEquals(303, Portal.status(Portal.raw(base, "POST", "/co-chu?doi=tang", "Origin: https://tinh.example.vn",
                "Content-Length: 0")), "a post from the public address is this site's");
        assertEquals(403, Portal.status(Portal.raw(base, "POST", "/co-chu?doi=tang", "Origin: https://evil.example",
                "Content-Length: 0")), "one from another site is not");
    }
}
