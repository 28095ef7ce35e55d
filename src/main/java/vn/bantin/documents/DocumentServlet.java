package vn.bantin.documents;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.bulletin.OfficialDocument;
import vn.bantin.platform.Messages;

/**
 * Serves official documents at {@code /van-ban/{id}.{pdf|docx|odt}} to readers, and at
 * {@code /admin/van-ban/...} to signed-in staff previewing a draft (the back-office constraint
 * covers that address). Readers get only documents of bulletins they may see now; a draft's or a
 * withdrawn bulletin's answer 404. Always as a download ({@code attachment}, {@code nosniff}), so a
 * file is never shown as a page of the portal's own origin. A document's file never changes, so
 * it is revalidated by its digest; readers' copies are kept an hour.
 */
@WebServlet({"/van-ban/*", "/admin/van-ban/*"})
public class DocumentServlet extends HttpServlet {

    private static final Pattern NAME = Pattern.compile("/(\\d{1,18})\\.(pdf|docx|odt)");

    @Inject
    private DocumentRepository documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher name = NAME.matcher(String.valueOf(request.getPathInfo()));
        boolean staff = request.getServletPath().startsWith("/admin/");
        Optional<OfficialDocument> document = Optional.empty();
        if (name.matches()) {
            long id = Long.parseLong(name.group(1));
            document = staff ? documents.find(id) : documents.findVisible(id, Instant.now());
        }
        if (document.isEmpty() || !document.get().getFormat().extension().equals(name.group(2))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, Messages.bundle(request).getString("error.404.detail"));
            return;
        }
        String etag = "\"doc-" + document.get().getFileDigest().substring(0, 16) + "\"";
        response.setHeader("Cache-Control", staff ? "private, no-store" : "public, max-age=3600");
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<byte[]> bytes = documents.bytes(document.get().getId());
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, Messages.bundle(request).getString("error.404.detail"));
            return;
        }
        response.setContentType(document.get().getMediaType());
        response.setHeader("Content-Disposition", contentDisposition(document.get().getFileName()));
        response.setContentLength(bytes.get().length);
        response.getOutputStream().write(bytes.get());
    }

    /** RFC 6266: an ASCII fallback name, and the Vietnamese name in UTF-8 for browsers that read it. */
    static String contentDisposition(String fileName) {
        String ascii = java.text.Normalizer.normalize(fileName.replace('Đ', 'D').replace('đ', 'd'),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
