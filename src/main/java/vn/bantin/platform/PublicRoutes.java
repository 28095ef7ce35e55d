package vn.bantin.platform;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Maps the public addresses to their Faces views: {@code /tin-tuc/{slug}} to {@code /tin-tuc.xhtml}
 * and {@code /chuyen-muc/{slug}} to {@code /chuyen-muc.xhtml}, with the slug as a request
 * attribute, and {@code /tim-kiem} to {@code /tim-kiem.xhtml}. Anything else under those prefixes is not found.
 *
 * <p>A servlet rather than a filter: with a servlet mapped to these addresses the container finds
 * their handler at once, instead of first looking for a file of that name (which costs it a
 * thrown exception on every request for a bulletin, a section or a search).
 */
@WebServlet(urlPatterns = {"/tin-tuc/*", "/chuyen-muc/*", "/tim-kiem"})
public class PublicRoutes extends HttpServlet {

    public static final String SLUG = "bantin.slug";
    private static final Pattern ROUTE = Pattern.compile("/(tin-tuc|chuyen-muc)/([^/]+)");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("/tim-kiem".equals(path)) {
            request.getRequestDispatcher("/tim-kiem.xhtml").forward(request, response);
            return;
        }
        Matcher route = ROUTE.matcher(path);
        if (!route.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND,
                    Messages.bundle(request).getString("error.404.detail"));
            return;
        }
        request.setAttribute(SLUG, route.group(2));
        request.getRequestDispatcher("/" + route.group(1) + ".xhtml").forward(request, response);
    }
}
