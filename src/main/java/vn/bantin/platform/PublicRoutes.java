package vn.bantin.platform;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Maps the public addresses to their Faces views: {@code /tin-tuc/{slug}} to {@code /tin-tuc.xhtml}
 * and {@code /chuyen-muc/{slug}} to {@code /chuyen-muc.xhtml}, with the slug as a request
 * attribute. Anything else under those prefixes is not found.
 */
@WebFilter(urlPatterns = {"/tin-tuc/*", "/chuyen-muc/*"})
public class PublicRoutes extends HttpFilter {

    public static final String SLUG = "bantin.slug";
    private static final Pattern ROUTE = Pattern.compile("/(tin-tuc|chuyen-muc)/([^/]+)");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher route = ROUTE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!route.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND,
                    Messages.bundle(request).getString("error.404.detail"));
            return;
        }
        request.setAttribute(SLUG, route.group(2));
        request.getRequestDispatcher("/" + route.group(1) + ".xhtml").forward(request, response);
    }
}
