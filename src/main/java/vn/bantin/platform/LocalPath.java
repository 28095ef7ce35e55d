package vn.bantin.platform;

/** Return addresses from outside may only lead back into the portal, never to another site. */
public final class LocalPath {

    private LocalPath() {
    }

    public static String orHome(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 2000
                || !candidate.startsWith("/") || candidate.startsWith("//")
                || candidate.contains("\\") || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return candidate;
    }
}
