package vn.bantin.site.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.category.Category;
import vn.bantin.category.CategoryRepository;
import vn.bantin.platform.Dates;
import vn.bantin.platform.Pages;
import vn.bantin.platform.Paging;
import vn.bantin.search.SearchHit;
import vn.bantin.search.SearchIndex;
import vn.bantin.search.SearchQuery;
import vn.bantin.search.SearchResults;

/**
 * {@code /tim-kiem?q=&chuyen-muc=&tu=&den=&trang=}: bulletins matching the words, optionally in
 * one section and between two dates. Each hit is shown from the database (so nothing withdrawn
 * since it was indexed can appear) with the index's highlights.
 */
@Named
@RequestScoped
public class SearchView {

    @Inject
    private HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "bantin.page.size", defaultValue = "10")
    private int pageSize;

    @Inject
    private SearchIndex index;

    @Inject
    private BulletinRepository bulletins;

    @Inject
    private CategoryRepository categories;

    @Inject
    private Dates dates;

    private SearchQuery query;
    private Category category;
    private LocalDate from;
    private LocalDate to;
    private Paging paging;
    private List<Result> results = List.of();
    private boolean asked;
    private int total;

    /** A hit as shown: the bulletin, and its title, lead and excerpt with matched words marked. */
    public record Result(Bulletin bulletin, SearchHit hit) {
        public Bulletin getBulletin() {
            return bulletin;
        }

        public SearchHit getHit() {
            return hit;
        }
    }

    public void load() {
        String q = request.getParameter("q");
        if (q != null && q.length() > SearchQuery.MAX_LENGTH) {
            Pages.badRequest("search.tooLong");
            return;
        }
        query = SearchQuery.parse(q);
        String slug = request.getParameter("chuyen-muc");
        if (slug != null && !slug.isEmpty()) {
            category = categories.findBySlug(slug).orElse(null);
            if (category == null) {
                Pages.badRequest("search.badCategory");
                return;
            }
        }
        try {
            from = date(request.getParameter("tu"));
            to = date(request.getParameter("den"));
        } catch (DateTimeParseException e) {
            Pages.badRequest("search.badDate");
            return;
        }
        OptionalInt page = Paging.parsePage(request.getParameter("trang"));
        if (page.isEmpty()) {
            Pages.badRequest("paging.badPage");
            return;
        }
        asked = query.hasWords() || category != null || from != null || to != null;
        if (!asked) {
            paging = new Paging(1, pageSize, 0);
            return;
        }
        Instant start = from == null ? null : from.atStartOfDay(dates.zone()).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(dates.zone()).toInstant();
        SearchResults found = index.search(query, category == null ? null : category.getId(), start, end,
                page.getAsInt(), pageSize);
        paging = new Paging(page.getAsInt(), pageSize, Math.min(found.total(), SearchIndex.MAX_RESULTS));
        if (!paging.exists()) {
            Pages.notFound();
            return;
        }
        Map<Long, SearchHit> hits = found.hits().stream().collect(Collectors.toMap(SearchHit::id, Function.identity()));
        results = bulletins.findVisibleByIds(found.hits().stream().map(SearchHit::id).toList(), Instant.now()).stream()
                .map(bulletin -> new Result(bulletin, hits.get(bulletin.getId())))
                .toList();
        total = found.total();
    }

    /** Dates come from date inputs (yyyy-MM-dd); readers who type may also use dd/MM/yyyy. */
    private static LocalDate date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            return LocalDate.parse(text, java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu")
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT));
        }
        LocalDate date = LocalDate.parse(text);
        // "+999999999-01-01" parses, but no bulletin is dated there and instants overflow.
        if (date.getYear() < 1000 || date.getYear() > 9999) {
            throw new DateTimeParseException("year out of range", text, 0);
        }
        return date;
    }

    public String getText() {
        return query == null ? "" : query.text();
    }

    public boolean isAsked() {
        return asked;
    }

    public int getTotal() {
        return total;
    }

    public List<Result> getResults() {
        return results;
    }

    public Paging getPaging() {
        return paging;
    }

    public String getCategorySlug() {
        return category == null ? "" : category.getSlug();
    }

    public String getFrom() {
        return from == null ? "" : from.toString();
    }

    public String getTo() {
        return to == null ? "" : to.toString();
    }

    public List<Category> getCategories() {
        return categories.findAll();
    }

    /** The search's parameters other than the page, for the paging links. */
    public String getQueryString() {
        StringBuilder query = new StringBuilder();
        append(query, "q", getText());
        append(query, "chuyen-muc", getCategorySlug());
        append(query, "tu", getFrom());
        append(query, "den", getTo());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (query.length() > 0) {
            query.append('&');
        }
        query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
