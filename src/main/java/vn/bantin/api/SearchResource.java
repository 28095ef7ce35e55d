package vn.bantin.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.platform.Dates;
import vn.bantin.platform.Paging;
import vn.bantin.search.SearchHit;
import vn.bantin.search.SearchIndex;
import vn.bantin.search.SearchQuery;
import vn.bantin.search.SearchResults;

/**
 * {@code GET /api/v1/search?q=&page=&size=}: the portal's search for programs. Each item is the
 * read API's summary of a bulletin with the matched words marked in HTML highlights.
 */
@Path("/v1/search")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class SearchResource {

    @Inject
    private SearchIndex index;

    @Inject
    private BulletinRepository bulletins;

    @Inject
    private Dates dates;

    @Context
    private HttpHeaders headers;

    @JsonbPropertyOrder({"query", "items", "page", "size", "total"})
    public record Results(String query, List<Item> items, int page, int size, long total) {
    }

    @JsonbPropertyOrder({"bulletin", "highlights"})
    public record Item(BulletinJson.Summary bulletin, Highlights highlights) {
    }

    /** HTML: text escaped, matched words in {@code <mark>}; excerpt is null when the body did not match. */
    @JsonbPropertyOrder({"title", "lead", "excerpt"})
    public record Highlights(String title, String lead, String excerpt) {
    }

    @GET
    public Results search(@QueryParam("q") String q, @QueryParam("page") String rawPage, @QueryParam("size") String rawSize) {
        if (q == null || q.isBlank()) {
            throw problem("api.search.missing");
        }
        if (q.length() > SearchQuery.MAX_LENGTH) {
            throw problem("search.tooLong");
        }
        OptionalInt page = Paging.parsePage(rawPage);
        if (page.isEmpty()) {
            throw problem("api.badPage");
        }
        OptionalInt size = rawSize == null || rawSize.isEmpty()
                ? OptionalInt.of(BulletinResource.DEFAULT_SIZE) : Paging.parsePage(rawSize);
        if (size.isEmpty() || size.getAsInt() > BulletinResource.MAX_SIZE) {
            throw problem("api.badSize");
        }
        SearchQuery query = SearchQuery.parse(q);
        if (!query.hasWords()) {
            throw problem("api.search.missing");
        }
        SearchResults found = index.search(query, null, null, null, page.getAsInt(), size.getAsInt());
        Map<Long, SearchHit> hits = found.hits().stream().collect(Collectors.toMap(SearchHit::id, Function.identity()));
        List<Item> items = bulletins.findVisibleByIds(found.hits().stream().map(SearchHit::id).toList(), Instant.now()).stream()
                .map(bulletin -> {
                    SearchHit hit = hits.get(bulletin.getId());
                    return new Item(BulletinJson.summary(bulletin, dates),
                            new Highlights(hit.titleHtml(), hit.leadHtml(), hit.excerptHtml()));
                })
                .toList();
        return new Results(query.text(), items, page.getAsInt(), size.getAsInt(), found.total());
    }

    private Problem.ProblemException problem(String key) {
        return new Problem.ProblemException(Status.BAD_REQUEST, ApiText.bundle(headers).getString(key));
    }
}
