package vn.bantin.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses over-large uploads to the back office with 413 and a message, before the container's
 * multipart parser would fail on them with a server error. A post that is not multipart at all
 * (a form with a file field sent as plain fields by a script) is read as having no parts, where
 * the container would throw and Faces' file field answer 500.
 */
@WebFilter("/admin/*")
public class UploadSizeFilter extends HttpFilter {

    static final long MAX_REQUEST_BYTES = 25L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            refuse(request, response);
            return;
        }
        String type = request.getContentType();
        if (type != null && !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(new WithoutParts(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A request whose body is not multipart: no parts, instead of an exception. */
    private static final class WithoutParts extends jakarta.servlet.http.HttpServletRequestWrapper {

        WithoutParts(HttpServletRequest request) {
            super(request);
        }

        @Override
        public java.util.Collection<jakarta.servlet.http.Part> getParts() {
            return java.util.List.of();
        }

        @Override
        public jakarta.servlet.http.Part getPart(String name) {
            return null;
        }
    }

    /**
     * A small page of its own: the error page is a Faces view, and Faces would try to read the
     * very multipart body that is being refused.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var msg = Messages.bundle(request);
        response.setStatus(413);
        response.setHeader("Connection", "close");
        response.setContentType("text/html;charset=UTF-8");
        String home = request.getContextPath() + "/admin/";
        response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + msg.getString("error.413.title") + " – BanTin</title></head><body><main>"
                + "<h1>" + msg.getString("error.413.title") + "</h1><p>" + msg.getString("upload.tooLarge") + "</p>"
                + "<p><a href=\"" + home + "\">" + msg.getString("admin.bulletins") + "</a></p></main></body></html>");
        response.flushBuffer();
    }
}
