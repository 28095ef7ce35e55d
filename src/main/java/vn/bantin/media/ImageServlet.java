package vn.bantin.media;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.platform.Messages;

/**
 * Serves stored images at {@code /anh/{id}.{ext}} to readers, and at {@code /admin/anh/...} to
 * signed-in staff (the back-office constraint covers that address). Readers get only images of
 * bulletins they may see now: a draft's or a withdrawn bulletin's pictures answer 404 like the
 * bulletin itself. An image never changes once stored (a new upload is a new id), so it is
 * revalidated by its ETag; readers' copies are kept an hour, so a withdrawal reaches caches soon.
 */
@WebServlet({"/anh/*", "/admin/anh/*"})
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

    @Inject
    private BulletinRepository bulletins;

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
        boolean staff = request.getServletPath().startsWith("/admin/");
        if (!staff && !bulletins.isImageVisible(image.get().getId(), Instant.now())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, Messages.bundle(request).getString("error.404.detail"));
            return;
        }
        String etag = "\"img-" + image.get().getId() + (width == null ? "" : "-w" + width) + "-"
                + image.get().getCreatedAt().toEpochMilli() + "\"";
        response.setHeader("Cache-Control", staff ? "private, no-store" : "public, max-age=3600");
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
        byte[] body = bytes.get();
        if (width != null) {
            String key = image.get().getId() + "-" + width;
            body = variants.get(key);
            if (body == null) {
                try {
                    body = ImageIntake.resize(bytes.get(), image.get().getMediaType(), width, image.get().getWidth(),
                            image.get().getHeight());
                } catch (ImageIntake.RejectedImage busy) {
                    response.setHeader("Retry-After", "10");
                    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                            Messages.bundle(request).getString(ImageIntake.BUSY));
                    return;
                }
                variants.put(key, body);
            }
        }
        response.setContentType(image.get().getMediaType());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
