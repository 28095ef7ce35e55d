package vn.bantin.demo;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinService;
import vn.bantin.bulletin.BulletinStatus;
import vn.bantin.bulletin.OfficialDocument;
import vn.bantin.category.Category;
import vn.bantin.documents.DocumentFile;
import vn.bantin.documents.DocumentIntake;
import vn.bantin.media.ImageStore;
import vn.bantin.media.StoredImage;

/**
 * Loads the demo bulletins of {@code demo/content.json} once, into an empty database, so a
 * newcomer sees a living portal. Publication times are relative to the first start.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BulletinService bulletins;

    @Inject
    private ImageStore images;

    @Inject
    @ConfigProperty(name = "bantin.demo", defaultValue = "true")
    private boolean enabled;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void loadWhenEmpty() {
        if (!enabled) {
            return;
        }
        long categories = em.createQuery("SELECT COUNT(c) FROM Category c", Long.class).getSingleResult();
        if (categories > 0) {
            return;
        }
        JsonObject content = read();
        Map<String, Category> bySlug = new HashMap<>();
        int position = 1;
        for (JsonValue value : content.getJsonArray("categories")) {
            JsonObject c = value.asJsonObject();
            Category category = new Category(c.getString("name"), c.getString("slug"), position++);
            em.persist(category);
            bySlug.put(category.getSlug(), category);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        long seed = 1;
        Map<String, String> slugsByTitle = new HashMap<>();
        for (JsonValue value : content.getJsonArray("bulletins")) {
            JsonObject b = value.asJsonObject();
            Bulletin bulletin = new Bulletin(b.getString("title"), bulletins.freeSlugFor(b.getString("title")),
                    bySlug.get(b.getString("category")));
            bulletin.setLead(b.getString("lead"));
            bulletin.setBody(b.getString("body"));
            bulletin.setAuthorName(b.getString("author", null));
            BulletinStatus status = BulletinStatus.valueOf(b.getString("status", "PUBLISHED"));
            if (status == BulletinStatus.PUBLISHED) {
                // Morning publication times, a few hours apart, look like a real newsroom's.
                Instant published = now.minus(Duration.ofDays(b.getInt("daysAgo"))).minus(Duration.ofHours(seed % 7));
                bulletin.publish(published);
                // A bulletin corrected after publication shows its change notes and update date.
                for (JsonValue c : b.getJsonArray("corrections") == null ? List.<JsonValue>of() : b.getJsonArray("corrections")) {
                    Instant at = published.plus(Duration.ofHours(c.asJsonObject().getInt("hoursAfter")));
                    bulletin.revise(at);
                    bulletin.correct(at, c.asJsonObject().getString("note"));
                }
                // One bulletin was withdrawn with a notice: its page stays, pointing to what replaced it.
                JsonObject withdrawn = b.getJsonObject("withdrawn");
                if (withdrawn != null) {
                    bulletin.withdraw(published.plus(Duration.ofDays(withdrawn.getInt("daysAfter"))),
                            withdrawn.getString("explanation"), slugsByTitle.get(withdrawn.getString("replacedBy")));
                }
            } else if (status == BulletinStatus.IN_REVIEW) {
                bulletin.submitForReview();
            } else if (status == BulletinStatus.ARCHIVED) {
                bulletin.archive();
            }
            for (JsonValue f : b.getJsonArray("figures")) {
                JsonObject figure = f.asJsonObject();
                StoredImage image = store(DemoPictures.jpeg(figure.getString("scene"), seed++));
                bulletin.addFigure(image, figure.getString("alt"), figure.getString("caption"),
                        figure.getString("credit", null), figure.getBoolean("decorative", false));
            }
            java.util.List<byte[]> files = new java.util.ArrayList<>();
            for (JsonValue d : b.getJsonArray("documents") == null ? List.<JsonValue>of() : b.getJsonArray("documents")) {
                JsonObject document = d.asJsonObject();
                java.time.LocalDate issuedOn = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                        .minusDays(document.getInt("issuedDaysAgo"));
                byte[] pdf = DemoDocuments.pdf(document, issuedOn);
                files.add(pdf);
                bulletin.addDocument(accepted(pdf), document.getString("fileName"), new OfficialDocument.Details(
                        document.getString("number"), issuedOn, document.getString("issuer"), document.getString("abstract")));
            }
            em.persist(bulletin);
            if (!files.isEmpty()) {
                em.flush();
                for (int i = 0; i < files.size(); i++) {
                    em.persist(new DocumentFile(bulletin.getDocuments().get(i).getId(), files.get(i)));
                }
            }
            slugsByTitle.put(bulletin.getTitle(), bulletin.getSlug());
            seed++;
        }
        LOG.info("Loaded demo content: " + bySlug.size() + " categories, "
                + content.getJsonArray("bulletins").size() + " bulletins");
    }

    private static DocumentIntake.Accepted accepted(byte[] document) {
        try {
            return DocumentIntake.check(document);
        } catch (DocumentIntake.RejectedDocument e) {
            throw new IllegalStateException("A demo document was refused: " + e.reason(), e);
        }
    }

    private StoredImage store(byte[] picture) {
        try {
            return images.store(picture);
        } catch (vn.bantin.media.ImageIntake.RejectedImage e) {
            throw new IllegalStateException("A demo picture was refused: " + e.reason(), e);
        }
    }

    private static JsonObject read() {
        try (InputStream in = DemoContent.class.getResourceAsStream("/demo/content.json");
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
