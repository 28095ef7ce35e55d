package vn.bantin.site.pages;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.category.Category;
import vn.bantin.category.CategoryRepository;
import vn.bantin.platform.Pages;
import vn.bantin.platform.Paging;
import vn.bantin.site.PublicRoutes;
import vn.bantin.site.RequestedPage;

/** {@code /chuyen-muc/{slug}?trang=N}: a category's bulletins, newest first. */
@Named
@RequestScoped
public class CategoryView {

    @Inject
    private HttpServletRequest request;

    @Inject
    private RequestedPage requested;

    @Inject
    @ConfigProperty(name = "bantin.page.size", defaultValue = "10")
    private int pageSize;

    @Inject
    private CategoryRepository categories;

    @Inject
    private BulletinRepository bulletins;

    private Category category;
    private Paging paging;
    private List<Bulletin> items;

    /** The view action: answers 400 for a malformed page number, 404 for what does not exist. */
    public void load() {
        category = requested.slug(PublicRoutes.Page.SECTION).flatMap(categories::findBySlug).orElse(null);
        if (category == null) {
            Pages.notFound();
            return;
        }
        OptionalInt page = Paging.parsePage(request.getParameter("trang"));
        if (page.isEmpty()) {
            Pages.badRequest("paging.badPage");
            return;
        }
        Instant now = Instant.now();
        paging = new Paging(page.getAsInt(), pageSize, bulletins.countVisible(category, now));
        if (!paging.exists()) {
            Pages.notFound();
            return;
        }
        items = bulletins.findVisible(category, now, paging.offset(), pageSize);
    }

    public Category getCategory() {
        return category;
    }

    public Paging getPaging() {
        return paging;
    }

    public List<Bulletin> getItems() {
        return items;
    }
}
