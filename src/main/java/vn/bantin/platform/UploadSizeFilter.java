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
            response.setHeader("Connection", "close");
            response.sendError(413, Messages.bundle(request).getString("upload.tooLarge"));
            return;
        }
        chain.doFilter(request, response);
    }
}
