package vn.bantin.platform;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request as the reverse proxy in front of the portal received it: scheme, host and port from
 * {@code Forwarded} (RFC 7239) or {@code X-Forwarded-Proto/-Host/-Port}. Used only when
 * {@code bantin.proxy.trusted=true}; otherwise those headers are anyone's words and are ignored.
 */
public final class ForwardedRequest extends HttpServletRequestWrapper {

    private final String scheme;
    private final String host;
    private final int port;

    private ForwardedRequest(HttpServletRequest request, String scheme, String host, int port) {
        super(request);
        this.scheme = scheme;
        this.host = host;
        this.port = port;
    }

    public static boolean proxyTrusted() {
        return PortalSettings.value("bantin.proxy.trusted").map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
    }

    /**
     * Set on every request by RequestGuard: the reader's address, as the trusted proxy saw it when
     * there is one. The pace limits and the audit log read it through {@link #clientAddress}.
     */
    public static final String CLIENT_ADDRESS = "vn.bantin.clientAddress";

    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    /**
     * The reader's address: with a trusted proxy, the last hop it added ({@code Forwarded: for=},
     * else the last {@code X-Forwarded-For} entry; what a client wrote before it is anyone's words),
     * otherwise the connection's own address.
     */
    public static String clientAddressBehindProxy(HttpServletRequest request) {
        String claimed = null;
        String forwarded = request.getHeader("Forwarded");
        if (forwarded != null) {
            String[] hops = forwarded.split(",");
            for (String pair : hops[hops.length - 1].split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).strip().equalsIgnoreCase("for")) {
                    claimed = pair.substring(equals + 1).strip().replace("\"", "");
                }
            }
        } else {
            String list = request.getHeader("X-Forwarded-For");
            if (list != null) {
                String[] hops = list.split(",");
                claimed = hops[hops.length - 1].strip();
            }
        }
        if (claimed != null) {
            // [2001:db8::1]:4711 or 203.0.113.9:4711 -> the address alone.
            if (claimed.startsWith("[")) {
                claimed = claimed.substring(1, Math.max(1, claimed.indexOf(']')));
            } else if (claimed.indexOf(':') == claimed.lastIndexOf(':') && claimed.contains(":")) {
                claimed = claimed.substring(0, claimed.indexOf(':'));
            }
            if (ADDRESS.matcher(claimed).matches()) {
                return claimed;
            }
        }
        return request.getRemoteAddr();
    }

    /** The reader's address RequestGuard found, or the connection's when it has not run. */
    public static String clientAddress(HttpServletRequest request) {
        Object found = request.getAttribute(CLIENT_ADDRESS);
        return found instanceof String address ? address : request.getRemoteAddr();
    }

    /** The request as the proxy saw it, or the request itself when it names no proxy's view. */
    public static HttpServletRequest of(HttpServletRequest request) {
        String proto = null;
        String authority = null;
        String forwarded = request.getHeader("Forwarded");
        if (forwarded != null) {
            // The first element is the proxy nearest to the reader.
            for (String pair : forwarded.split(",")[0].split(";")) {
                int equals = pair.indexOf('=');
                if (equals < 0) {
                    continue;
                }
                String name = pair.substring(0, equals).strip().toLowerCase(Locale.ROOT);
                String value = pair.substring(equals + 1).strip().replace("\"", "");
                if (name.equals("proto")) {
                    proto = value;
                } else if (name.equals("host")) {
                    authority = value;
                }
            }
        } else {
            proto = first(request.getHeader("X-Forwarded-Proto"));
            authority = first(request.getHeader("X-Forwarded-Host"));
            String port = first(request.getHeader("X-Forwarded-Port"));
            if (authority != null && port != null && !authority.contains(":") && port.matches("[0-9]{1,5}")) {
                authority = authority + ":" + port;
            }
        }
        String scheme = proto == null ? request.getScheme() : proto.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return request;
        }
        if (authority == null) {
            if (proto == null) {
                return request;
            }
            authority = Optional.ofNullable(request.getHeader("Host")).orElse(request.getServerName());
        }
        Optional<String> name = SiteHosts.hostOf(authority);
        if (name.isEmpty()) {
            return request;
        }
        int colon = authority.lastIndexOf(':');
        int port = colon > authority.lastIndexOf(']') ? Integer.parseInt(authority.substring(colon + 1))
                : scheme.equals("https") ? 443 : 80;
        return new ForwardedRequest(request, scheme, name.get(), port);
    }

    private static String first(String list) {
        if (list == null) {
            return null;
        }
        String value = list.split(",")[0].strip();
        return value.isEmpty() ? null : value;
    }

    /** The host and port the reader asked for, as a {@code Host} header would say it. */
    public String authority() {
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return defaultPort ? host : host + ":" + port;
    }

    @Override
    public String getScheme() {
        return scheme;
    }

    @Override
    public boolean isSecure() {
        return scheme.equals("https");
    }

    @Override
    public String getServerName() {
        return host;
    }

    @Override
    public int getServerPort() {
        return port;
    }

    @Override
    public String getHeader(String name) {
        return name.equalsIgnoreCase("Host") ? authority() : super.getHeader(name);
    }

    @Override
    public String getRemoteAddr() {
        return clientAddress((HttpServletRequest) getRequest());
    }

    @Override
    public StringBuffer getRequestURL() {
        return new StringBuffer(scheme).append("://").append(authority()).append(getRequestURI());
    }
}
