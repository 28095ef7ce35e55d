package vn.bantin.api;

import java.time.Instant;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URI;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.category.Category;
import vn.bantin.category.CategoryRepository;
import vn.bantin.media.ImageIntake;
import vn.bantin.platform.Dates;
import vn.bantin.platform.FieldProblem;
import vn.bantin.platform.InvalidInput;
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
        Instant now = Instant.now();
        Optional<Bulletin> visible = bulletins.findVisibleBySlug(slug, now);
        if (visible.isPresent()) {
            return BulletinJson.detail(visible.get(), dates, audio.find(visible.get().getId()).orElse(null));
        }
        // Withdrawn with a notice: still there, with its notice; removed after being public: gone.
        Optional<Bulletin> other = VietnameseText.isSlug(slug) ? bulletins.findBySlug(slug) : Optional.empty();
        if (other.isPresent() && other.get().isWithdrawn()) {
            return BulletinJson.detail(other.get(), dates);
        }
        if (other.isPresent() && other.get().isGoneAt(now)) {
            throw problem(Status.GONE, "api.gone");
        }
        throw problem(Status.NOT_FOUND, "api.notFound");
    }

    @Inject
    private BulletinWriter writer;

    @Inject
    private vn.bantin.listening.AudioStore audio;

    /** Creates a bulletin (draft or published) from the read API's JSON plus body and status. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context UriInfo uri) {
        ResourceBundle msg = messages();
        return write(msg, () -> {
            Bulletin created = writer.create(parse(body, msg));
            return Response.created(URI.create(uri.getBaseUri().getPath() + "v1/bulletins/" + created.getSlug()))
                    .entity(BulletinJson.detail(created, dates)).build();
        });
    }

    /** Replaces a bulletin's content; the request carries the version it read. */
    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("slug") String slug, String body) {
        ResourceBundle msg = messages();
        return write(msg, () -> Response.ok(BulletinJson.detail(writer.update(slug, parse(body, msg)), dates)).build());
    }

    /**
     * Withdraws a bulletin with a notice: its page stays, saying when and why, and it leaves lists,
     * feeds, sitemap and search.
     */
    @POST
    @Path("{slug}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response withdraw(@PathParam("slug") String slug, String body) {
        ResourceBundle msg = messages();
        return write(msg, () -> Response.ok(BulletinJson.detail(writer.withdraw(slug, parse(body, msg)), dates)).build());
    }

    /** Removes a bulletin from the public site (its address answers 410 Gone); it stays in the back office. */
    @DELETE
    @Path("{slug}")
    public Response archive(@PathParam("slug") String slug) {
        ResourceBundle msg = messages();
        return write(msg, () -> Response.ok(BulletinJson.detail(writer.archive(slug), dates)).build());
    }

    private Response write(ResourceBundle msg, java.util.function.Supplier<Response> action) {
        return WriteAnswers.write(msg, action);
    }

    /** Deeper than any bulletin needs; a parser that recursed 200,000 levels would overflow its stack. */
    static final int MAX_JSON_DEPTH = 32;

    static JsonObject parse(String body, ResourceBundle msg) {
        if (body != null && depth(body) > MAX_JSON_DEPTH) {
            throw new Problem.ProblemException(Status.BAD_REQUEST, msg.getString("api.tooDeep"));
        }
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException malformed) {
            throw new Problem.ProblemException(Status.BAD_REQUEST, msg.getString("api.badJson"));
        }
    }

    /** The deepest nesting of arrays and objects, strings skipped. */
    static int depth(String json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }

    private Problem.ProblemException problem(Status status, String key) {
        return new Problem.ProblemException(status, messages().getString(key));
    }

    private ResourceBundle messages() {
        return ApiText.bundle(headers);
    }
}
