package vn.bantin.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;

import vn.bantin.platform.Messages;

/**
 * Refuses API bodies over 64 MB with 413 before anything reads them (a bulletin with 30 large
 * photos in base64 stays well under it). Bodies sent without a length are checked again after
 * reading, in {@link BulletinResource}.
 */
@WebFilter("/api/*")
public class ApiBodyLimit extends HttpFilter {

    static final long MAX_BYTES = 64L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.setHeader("Connection", "close");
            Problem.write(response, Status.REQUEST_ENTITY_TOO_LARGE, Messages.bundle(request).getString("api.tooLarge"));
            return;
        }
        chain.doFilter(request, response);
    }
}
