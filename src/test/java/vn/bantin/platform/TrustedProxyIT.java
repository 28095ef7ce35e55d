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

    /** The statement's feedback form, posted through the proxy for the reader at {@code forwardedFor}. */
    private static int feedback(String forwardedFor, String message) throws Exception {
        String form = "noi-dung=" + java.net.URLEncoder.encode(message, java.nio.charset.StandardCharsets.UTF_8) + "&lien-he=";
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        Portal.resolve(base, "/tuyen-bo-tiep-can"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Origin", "https://tinh.example.vn").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", forwardedFor)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void behind_the_proxy_each_reader_is_paced_by_the_address_the_proxy_saw() throws Exception {
        // The proxy appends the address it saw; what the client wrote before it is its own claim.
        for (int i = 1; i <= 3; i++) {
            assertEquals(303, feedback("10.9.9." + i + ", 203.0.113.10", "Góp ý số " + i + " về cỡ chữ trên điện thoại."));
        }
        assertEquals(429, feedback("10.9.9.4, 203.0.113.10", "Góp ý thứ tư trong cùng một giờ."),
                "a fourth from the same reader is paced, whatever it claims before the proxy's entry");
        assertEquals(303, feedback("203.0.113.11", "Một người đọc khác góp ý về tương phản."),
                "another reader behind the same proxy is not paced by the first");
    }
}
