package vn.bantin.media;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.platform.Messages;

/**
 * Serves stored images at {@code /anh/{id}.{ext}}. An image never changes once stored (a new
 * upload is a new id), so it is cached for a year and revalidated by its ETag.
 */
@WebServlet("/anh/*")
public class ImageServlet extends HttpServlet {

    private static final Pattern NAME = Pattern.compile("/(\\d{1,18})(?:-w(\\d{1,4}))?\\.(jpg|png|webp)");
    /** Smaller copies are made on first request and kept; this many fit in memory at once. */
    private static final int VARIANTS_KEPT = 200;

    private final java.util.Map<String, byte[]> variants = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, byte[]> eldest) {
                    return size() > VARIANTS_KEPT;
                }
            });

    @Inject
    private ImageStore images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher name = NAME.matcher(String.valueOf(request.getPathInfo()));
        Optional<StoredImage> image = name.matches() ? images.find(Long.parseLong(name.group(1))) : Optional.empty();
        Integer width = name.matches() && name.group(2) != null ? Integer.valueOf(name.group(2)) : null;
        if (image.isEmpty() || !image.get().extension().equals(name.group(3))
                || (width != null && (!StoredImage.VARIANT_WIDTHS.contains(width) || width >= image.get().getWidth()))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, Messages.bundle(request).getString("error.404.detail"));
            return;
        }
        String etag = "\"img-" + image.get().getId() + (width == null ? "" : "-w" + width) + "-"
                + image.get().getCreatedAt().toEpochMilli() + "\"";
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<byte[]> bytes = images.bytes(image.get().getId());
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, Messages.bundle(request).getString("error.404.detail"));
            return;
        }
        byte[] body = width == null ? bytes.get()
                : variants.computeIfAbsent(image.get().getId() + "-" + width,
                        key -> ImageIntake.resize(bytes.get(), image.get().getMediaType(), width));
        response.setContentType(image.get().getMediaType());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
