package vn.bantin.startup;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.platform.PlainPage;

/**
 * Until the start-up sequence has finished (a portal started before its database waits for it),
 * every request answers 503 with Retry-After and a sentence saying so, rather than a page rendered
 * against a database that is not there.
 */
public class StartupGate extends HttpFilter {

    static final String RETRY_AFTER_SECONDS = "10";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // Health checks answer for themselves: live, and not ready until the start is done.
        if (StartupState.isReady() || path.equals("/health") || path.startsWith("/health/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        PlainPage.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "startup.title", "startup.waiting");
    }
}
