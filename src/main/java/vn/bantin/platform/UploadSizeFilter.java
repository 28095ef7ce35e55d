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
 * multipart parser would fail on them with a server error.
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
        chain.doFilter(request, response);
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
