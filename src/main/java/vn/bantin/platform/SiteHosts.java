package vn.bantin.platform;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The host names this portal answers to. A {@code Host} header is written by whoever sends the
 * request, and the portal writes absolute addresses (feeds, sitemap, canonical links) from it when
 * {@code bantin.site.url} is not set; so only the names listed in {@code bantin.site.hosts}
 * (default: {@code localhost}, this machine's name and its own addresses) are accepted.
 */
public final class SiteHosts {

    /** A DNS name, an IPv4 address or a bracketed IPv6 address, with an optional port. */
    private static final Pattern AUTHORITY = Pattern.compile(
            "(?<host>[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\\[[0-9A-Fa-f:.]{2,45}(?:%[A-Za-z0-9]{1,16})?\\])(?::(?<port>[0-9]{1,5}))?");

    private static volatile Set<String> allowed;

    private SiteHosts() {
    }

    /** The host name of a well-formed {@code Host} header value, lower case; empty when malformed. */
    public static Optional<String> hostOf(String authority) {
        if (authority == null) {
            return Optional.empty();
        }
        var matcher = AUTHORITY.matcher(authority);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String port = matcher.group("port");
        if (port != null && Integer.parseInt(port) > 65_535) {
            return Optional.empty();
        }
        String host = matcher.group("host").toLowerCase(Locale.ROOT);
        if (host.endsWith(".") && !host.startsWith("[")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.isEmpty() || host.contains("..") ? Optional.empty() : Optional.of(host);
    }

    /** Whether a {@code Host} header (host and optional port) names this portal. */
    public static boolean isAllowed(String authority) {
        return hostOf(authority).map(host -> allowed().contains(host)).orElse(false);
    }

    static Set<String> allowed() {
        Set<String> known = allowed;
        if (known == null) {
            known = Collections.unmodifiableSet(configured());
            allowed = known;
        }
        return known;
    }

    private static Set<String> configured() {
        Set<String> hosts = new HashSet<>();
        Optional<String> listed = PortalSettings.value("bantin.site.hosts");
        if (listed.isPresent()) {
            for (String name : listed.get().split(",")) {
                hostOf(name.strip()).ifPresent(hosts::add);
            }
        } else {
            hosts.add("localhost");
            addMachineNamesAndAddresses(hosts);
        }
        PortalSettings.value("bantin.site.url").map(SiteHosts::hostOfUrl).flatMap(h -> h).ifPresent(hosts::add);
        return hosts;
    }

    private static Optional<String> hostOfUrl(String url) {
        try {
            return Optional.ofNullable(URI.create(url.strip()).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void addMachineNamesAndAddresses(Set<String> hosts) {
        try {
            InetAddress local = InetAddress.getLocalHost();
            hosts.add(local.getHostName().toLowerCase(Locale.ROOT));
            hosts.add(local.getCanonicalHostName().toLowerCase(Locale.ROOT));
        } catch (UnknownHostException e) {
            // a machine without a resolvable name still answers to localhost and its addresses
        }
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    String text = address.getHostAddress();
                    int zone = text.indexOf('%');
                    if (zone >= 0) {
                        text = text.substring(0, zone);
                    }
                    hosts.add(text.contains(":") ? "[" + compactIpv6(text) + "]" : text);
                    if (text.contains(":")) {
                        hosts.add("[" + text.toLowerCase(Locale.ROOT) + "]");
                    }
                }
            }
        } catch (SocketException e) {
            // no interfaces listed: localhost stays allowed
        }
        hosts.add("127.0.0.1");
        hosts.add("[::1]");
    }

    /** The usual short form of an IPv6 address ("::1" rather than "0:0:0:0:0:0:0:1"). */
    private static String compactIpv6(String full) {
        String text = full.toLowerCase(Locale.ROOT).replaceAll("(^|:)0+([0-9a-f])", "$1$2");
        String longest = null;
        for (var zeros = Pattern.compile("(?:^|:)(0(?::0)+)(?::|$)").matcher(text); zeros.find();) {
            if (longest == null || zeros.group(1).length() > longest.length()) {
                longest = zeros.group(1);
            }
        }
        if (longest == null) {
            return text;
        }
        int at = text.indexOf(longest);
        String before = text.substring(0, at).replaceAll(":$", "");
        String after = text.substring(at + longest.length()).replaceAll("^:", "");
        return before + "::" + after;
    }

    /** For tests: forget the computed list, so a changed setting is read again. */
    static void reset() {
        allowed = null;
    }
}
