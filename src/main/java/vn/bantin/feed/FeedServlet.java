package vn.bantin.feed;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.category.Category;
import vn.bantin.category.CategoryRepository;
import vn.bantin.platform.Messages;
import vn.bantin.site.PublicRoutes;
import vn.bantin.platform.SiteAddress;
import vn.bantin.text.VietnameseText;

/**
 * RSS 2.0 ({@code /rss}, {@code /rss/{section}}) and Atom ({@code /atom}, {@code /atom/{section}})
 * feeds of the latest published bulletins, read from the database on each request so that a
 * bulletin is in them as soon as it is published and out as soon as it is withdrawn.
 */
@WebServlet({PublicRoutes.RSS, PublicRoutes.RSS + "/*", PublicRoutes.ATOM, PublicRoutes.ATOM + "/*"})
public class FeedServlet extends HttpServlet {

    static final int ENTRIES = 20;

    @Inject
    private BulletinRepository bulletins;

    @Inject
    private CategoryRepository categories;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean atom = request.getServletPath().equals(PublicRoutes.ATOM);
        String rest = request.getPathInfo();
        Category category = null;
        if (rest != null && !rest.equals("/")) {
            Optional<Category> found = rest.indexOf('/', 1) < 0 ? categories.findBySlug(rest.substring(1)) : Optional.empty();
            if (found.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, Messages.bundle(request).getString("feed.noSection"));
                return;
            }
            category = found.get();
        }
        SyndFeed feed = feed(request, atom, category);
        response.setContentType((atom ? "application/atom+xml" : "application/rss+xml") + ";charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        try {
            new SyndFeedOutput().output(feed, response.getWriter(), true);
        } catch (FeedException e) {
            throw new IOException("The feed could not be written", e);
        }
    }

    private SyndFeed feed(HttpServletRequest request, boolean atom, Category category) {
        var msg = Messages.bundle(Messages.VIETNAMESE);
        String site = msg.getString("site.name");
        String selfPath = PublicRoutes.feed(atom, category == null ? null : category.getSlug());
        String pagePath = category == null ? PublicRoutes.HOME : PublicRoutes.section(category.getSlug());

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(atom ? "atom_1.0" : "rss_2.0");
        feed.setTitle(category == null ? site + " – " + msg.getString("feed.latest") : site + " – " + VietnameseText.withoutForbiddenCharacters(category.getName()));
        feed.setDescription(category == null ? msg.getString("site.tagline") : msg.getString("feed.sectionDescription")
                .replace("{0}", category.getName()));
        feed.setLink(SiteAddress.absolute(request, pagePath));
        feed.setUri(SiteAddress.absolute(request, selfPath));
        feed.setLanguage("vi");
        feed.setAuthor(msg.getString("site.agency"));
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(SiteAddress.absolute(request, selfPath));
        self.setType(atom ? "application/atom+xml" : "application/rss+xml");
        SyndLink alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(SiteAddress.absolute(request, pagePath));
        alternate.setType("text/html");
        feed.setLinks(List.of(alternate, self));

        List<Bulletin> latest = bulletins.findVisible(category, Instant.now(), 0, ENTRIES);
        List<SyndEntry> entries = new ArrayList<>();
        Instant newest = null;
        for (Bulletin bulletin : latest) {
            entries.add(entry(request, bulletin));
            Instant changed = bulletin.getModifiedAt();
            newest = newest == null || changed.isAfter(newest) ? changed : newest;
        }
        feed.setEntries(entries);
        feed.setPublishedDate(Date.from(newest == null ? Instant.EPOCH : newest));
        return feed;
    }

    private static SyndEntry entry(HttpServletRequest request, Bulletin bulletin) {
        SyndEntry entry = new SyndEntryImpl();
        String url = SiteAddress.absolute(request, PublicRoutes.bulletin(bulletin.getSlug()));
        // Stored before control characters were refused at input: XML cannot carry them at all.
        entry.setTitle(VietnameseText.withoutForbiddenCharacters(bulletin.getTitle()));
        entry.setLink(url);
        entry.setUri(url);
        entry.setPublishedDate(Date.from(bulletin.getPublishedAt()));
        Instant updated = bulletin.getModifiedAt();
        entry.setUpdatedDate(Date.from(updated));
        if (bulletin.getAuthorName() != null && !bulletin.getAuthorName().isBlank()) {
            entry.setAuthor(VietnameseText.withoutForbiddenCharacters(bulletin.getAuthorName()));
        }
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(bulletin.getLead() == null ? "" : VietnameseText.withoutForbiddenCharacters(bulletin.getLead()));
        entry.setDescription(summary);
        SyndCategory section = new SyndCategoryImpl();
        section.setName(VietnameseText.withoutForbiddenCharacters(bulletin.getCategory().getName()));
        entry.setCategories(List.of(section));
        return entry;
    }
}
