package vn.bantin.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;

/**
 * The version in the addresses of the portal's own style sheets and scripts: a digest of their
 * content. The addresses change exactly when a file changes, so browsers may keep them for a year
 * (OmniFaces' VersionedResourceHandler adds it as {@code v=}; see web.xml and faces-config.xml).
 */
@Named("resourceVersion")
@ApplicationScoped
public class ResourceVersion {

    private static final String ROOT = "/resources/bantin/";

    @Inject
    private ServletContext servletContext;

    private String value;

    public synchronized String getValue() {
        if (value == null) {
            value = digest();
        }
        return value;
    }

    private String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String path : files(ROOT, new TreeSet<>())) {
                sha.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = servletContext.getResourceAsStream(path)) {
                    if (in != null) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> files(String folder, Set<String> found) {
        Set<String> paths = servletContext.getResourcePaths(folder);
        if (paths != null) {
            for (String path : paths) {
                if (path.endsWith("/")) {
                    files(path, found);
                } else {
                    found.add(path);
                }
            }
        }
        return found;
    }
}
