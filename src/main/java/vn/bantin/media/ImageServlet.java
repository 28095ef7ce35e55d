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

    private static final Pattern NAME = Pattern.compile("/(\\d{1,18})\\.(jpg|png|webp)");

    @Inject
    private ImageStore images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher name = NAME.matcher(String.valueOf(request.getPathInfo()));
        Optional<StoredImage> image = name.matches() ? images.find(Long.parseLong(name.group(1))) : Optional.empty();
        if (image.isEmpty() || !image.get().extension().equals(name.group(2))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, Messages.bundle(request).getString("error.404.detail"));
            return;
        }
        String etag = "\"img-" + image.get().getId() + "-" + image.get().getCreatedAt().toEpochMilli() + "\"";
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
        response.setContentType(image.get().getMediaType());
        response.setContentLength(bytes.get().length);
        response.getOutputStream().write(bytes.get());
    }
}
