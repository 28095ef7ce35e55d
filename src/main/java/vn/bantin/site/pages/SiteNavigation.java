package vn.bantin.site.pages;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import vn.bantin.category.Category;
import vn.bantin.category.CategoryRepository;
import vn.bantin.site.PublicRoutes;
import vn.bantin.site.RequestedPage;

/** The sections menu, with the reader's current section marked. */
@Named
@RequestScoped
public class SiteNavigation {

    private static final Logger LOG = Logger.getLogger(SiteNavigation.class.getName());

    @Inject
    private CategoryRepository categories;

    @Inject
    private HttpServletRequest request;

    @Inject
    private RequestedPage requested;

    private List<Category> all;

    public List<Category> getCategories() {
        if (all == null) {
            try {
                all = categories.findAll();
            } catch (RuntimeException e) {
                // The error page must still render when the database is what failed.
                LOG.log(Level.WARNING, "Sections menu unavailable", e);
                all = List.of();
            }
        }
        return all;
    }

    public boolean isHome() {
        return "/index.xhtml".equals(viewId()) && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null;
    }

    public boolean isCurrent(Category category) {
        return requested.slug(PublicRoutes.Page.SECTION).filter(category.getSlug()::equals).isPresent()
                && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null;
    }

    private static String viewId() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
    }
}
