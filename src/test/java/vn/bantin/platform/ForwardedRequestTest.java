package vn.bantin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class ForwardedRequestTest {

    /** A plain-HTTP request to 127.0.0.1:8080 carrying these headers. */
    private static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(ForwardedRequestTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get(args[0]);
                    case "getScheme" -> "http";
                    case "getServerName" -> "127.0.0.1";
                    case "getServerPort" -> 8080;
                    case "getRequestURI" -> "/tin-tuc/a";
                    case "isSecure" -> false;
                    case "getRemoteAddr" -> "127.0.0.1";
                    default -> null;
                });
    }

    @Test
    void x_forwarded_headers_give_scheme_host_and_port() {
        HttpServletRequest seen = ForwardedRequest.of(request(Map.of("Host", "127.0.0.1:8080",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "tinh.example.vn")));
        assertEquals("https", seen.getScheme());
        assertTrue(seen.isSecure());
        assertEquals("tinh.example.vn", seen.getServerName());
        assertEquals(443, seen.getServerPort());
        assertEquals("tinh.example.vn", seen.getHeader("Host"));
        assertEquals("https://tinh.example.vn/tin-tuc/a", seen.getRequestURL().toString());
    }

    @Test
    void forwarded_takes_the_proxy_nearest_the_reader() {
        HttpServletRequest seen = ForwardedRequest.of(request(Map.of("Host", "127.0.0.1:8080",
                "Forwarded", "for=203.0.113.9;proto=https;host=\"tinh.example.vn:8443\", for=10.0.0.2;proto=http")));
        assertEquals("https", seen.getScheme());
        assertEquals("tinh.example.vn", seen.getServerName());
        assertEquals(8443, seen.getServerPort());
    }

    @Test
    void nonsense_is_ignored() {
        HttpServletRequest plain = request(Map.of("Host", "127.0.0.1:8080", "X-Forwarded-Proto", "gopher"));
        assertSame(plain, ForwardedRequest.of(plain));
        HttpServletRequest badHost = request(Map.of("Host", "127.0.0.1:8080", "X-Forwarded-Host", "x<script>"));
        assertSame(badHost, ForwardedRequest.of(badHost));
    }

    @Test
    void the_readers_address_is_the_last_hop_the_trusted_proxy_added_never_what_the_client_wrote() {
        assertEquals("203.0.113.9", ForwardedRequest.clientAddressBehindProxy(request(Map.of(
                "X-Forwarded-For", "203.0.113.9"))));
        assertEquals("198.51.100.7", ForwardedRequest.clientAddressBehindProxy(request(Map.of(
                "X-Forwarded-For", "10.1.1.1, 192.0.2.66, 198.51.100.7"))),
                "a client's own X-Forwarded-For comes first; the proxy appends what it saw");
        assertEquals("2001:db8::1", ForwardedRequest.clientAddressBehindProxy(request(Map.of(
                "Forwarded", "for=192.0.2.66, for=\"[2001:db8::1]:4711\";proto=https"))));
        assertEquals("203.0.113.9", ForwardedRequest.clientAddressBehindProxy(request(Map.of(
                "Forwarded", "for=203.0.113.9:4711"))));
        assertEquals("127.0.0.1", ForwardedRequest.clientAddressBehindProxy(request(Map.of(
                "X-Forwarded-For", "<script>alert(1)</script>"))), "nonsense: the connection's address");
        assertEquals("127.0.0.1", ForwardedRequest.clientAddressBehindProxy(request(Map.of())));
    }
}
