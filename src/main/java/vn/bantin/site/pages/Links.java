package vn.bantin.site.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.category.Category;
import vn.bantin.site.PublicRoutes;

/**
 * Public addresses for views: {@code #{request.contextPath}#{links.bulletin(b)}}. The entities do
 * not know where they are published; {@link PublicRoutes} does.
 */
@Named
@ApplicationScoped
public class Links {

    public String bulletin(Bulletin bulletin) {
        return PublicRoutes.bulletin(bulletin.getSlug());
    }

    /** The one-pixel image that counts a reading of the bulletin. */
    public String reading(Bulletin bulletin) {
        return PublicRoutes.reading(bulletin.getId());
    }

    public String archive(Bulletin bulletin) {
        return PublicRoutes.archive(bulletin.getSlug());
    }

    public String section(Category category) {
        return PublicRoutes.section(category.getSlug());
    }
}
