package vn.bantin.platform;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Return addresses from outside may only lead back into the portal, never to another site. */
public final class LocalPath {

    private LocalPath() {
    }

    /**
     * The address itself when it is a path of this site, else "/". Judged on the characters
     * actually sent and again after percent-decoding; what is returned is plain ASCII (anything
     * else percent-encoded as UTF-8), so a header encoder cannot turn "į" (U+012F) into "/" later.
     */
    public static String orHome(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 2000 || !isLocal(candidate)) {
            return "/";
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(candidate.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
        if (!isLocal(decoded)) {
            return "/";
        }
        return asciiOnly(candidate);
    }

    /** "/" followed by neither "/" nor "\", and no control characters anywhere. */
    private static boolean isLocal(String path) {
        if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
            return false;
        }
        return path.codePoints().noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\\'
                || Character.getType(c) == Character.FORMAT || (c >= 0xD800 && c <= 0xDFFF)
                || c == 0xFFFE || c == 0xFFFF);
    }

    private static String asciiOnly(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && c != '"' && c != '<' && c != '>') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
