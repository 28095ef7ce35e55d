package vn.bantin.site;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.platform.Messages;

/**
 * Maps the routed public addresses ({@link PublicRoutes#route}) to their Faces views, telling the
 * view which slug was asked for through {@link RequestedPage}. Anything else under those prefixes
 * is not found.
 *
 * <p>A servlet rather than a filter: with a servlet mapped to these addresses the container finds
 * their handler at once, instead of first looking for a file of that name (which costs it a
 * thrown exception on every request for a bulletin, a section or a search).
 */
@WebServlet(urlPatterns = {PublicRoutes.BULLETINS + "*", PublicRoutes.SECTIONS + "*", PublicRoutes.SEARCH,
    PublicRoutes.DOCUMENTS})
public class PublicPageRouter extends HttpServlet {

    @Inject
    private RequestedPage requested;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<PublicRoutes.Route> route = PublicRoutes.route(path);
        if (route.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND,
                    Messages.bundle(request).getString("error.404.detail"));
            return;
        }
        requested.set(route.get());
        request.getRequestDispatcher(route.get().page().view()).forward(request, response);
    }
}
