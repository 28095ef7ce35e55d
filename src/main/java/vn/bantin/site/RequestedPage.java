package vn.bantin.site;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * Which public page the router matched for this request, handed to the page's view bean. The router
 * sets it before forwarding to the view, in the same request.
 */
@RequestScoped
public class RequestedPage {

    private PublicRoutes.Route route;

    void set(PublicRoutes.Route route) {
        this.route = route;
    }

    /** The slug of the bulletin or section asked for, when the router matched that kind of page. */
    public Optional<String> slug(PublicRoutes.Page page) {
        return route != null && route.page() == page ? Optional.ofNullable(route.slug()) : Optional.empty();
    }
}
