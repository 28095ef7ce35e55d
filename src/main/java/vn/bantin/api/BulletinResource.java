package vn.bantin.api;

import java.time.Instant;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.category.Category;
import vn.bantin.category.CategoryRepository;
import vn.bantin.platform.Dates;
import vn.bantin.platform.Messages;
import vn.bantin.platform.Paging;
import vn.bantin.text.VietnameseText;

/** The read API: published bulletins, newest first. Nothing unpublished ever appears here. */
@Path("/v1/bulletins")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class BulletinResource {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    @Inject
    private BulletinRepository bulletins;

    @Inject
    private CategoryRepository categories;

    @Inject
    private Dates dates;

    @Context
    private HttpHeaders headers;

    @GET
    public BulletinJson.Page list(@QueryParam("page") String rawPage, @QueryParam("size") String rawSize,
            @QueryParam("category") String categorySlug) {
        OptionalInt page = Paging.parsePage(rawPage);
        if (page.isEmpty()) {
            throw problem(Status.BAD_REQUEST, "api.badPage");
        }
        OptionalInt size = rawSize == null || rawSize.isEmpty() ? OptionalInt.of(DEFAULT_SIZE) : Paging.parsePage(rawSize);
        if (size.isEmpty() || size.getAsInt() > MAX_SIZE) {
            throw problem(Status.BAD_REQUEST, "api.badSize");
        }
        Category category = null;
        if (categorySlug != null && !categorySlug.isEmpty()) {
            if (!VietnameseText.isSlug(categorySlug)) {
                throw problem(Status.BAD_REQUEST, "api.badCategory");
            }
            category = categories.findBySlug(categorySlug).orElseThrow(() -> problem(Status.BAD_REQUEST, "api.badCategory"));
        }
        Instant now = Instant.now();
        Paging paging = new Paging(page.getAsInt(), size.getAsInt(), bulletins.countVisible(category, now));
        var items = bulletins.findVisible(category, now, paging.offset(), paging.size()).stream()
                .map(b -> BulletinJson.summary(b, dates))
                .toList();
        return new BulletinJson.Page(items, paging.page(), paging.size(), paging.total());
    }

    @GET
    @Path("{slug}")
    public BulletinJson.Detail get(@PathParam("slug") String slug) {
        return bulletins.findVisibleBySlug(slug, Instant.now())
                .map(b -> BulletinJson.detail(b, dates))
                .orElseThrow(() -> problem(Status.NOT_FOUND, "api.notFound"));
    }

    private Problem.ProblemException problem(Status status, String key) {
        return new Problem.ProblemException(status, messages().getString(key));
    }

    /** English for clients that ask for it first, Vietnamese otherwise. */
    private ResourceBundle messages() {
        for (Locale locale : headers.getAcceptableLanguages()) {
            if ("en".equals(locale.getLanguage())) {
                return Messages.bundle(Locale.ENGLISH);
            }
            if ("vi".equals(locale.getLanguage())) {
                break;
            }
        }
        return Messages.bundle(Messages.VIETNAMESE);
    }
}
