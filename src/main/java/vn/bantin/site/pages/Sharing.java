package vn.bantin.site.pages;

import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.Figure;
import vn.bantin.platform.Dates;
import vn.bantin.site.PublicRoutes;

/**
 * What a bulletin page tells search engines and social networks about itself: its canonical
 * address, Open Graph and Twitter card fields, and a schema.org NewsArticle in JSON-LD. The image
 * is the first figure with a text alternative, so a shared preview is never an unexplained picture.
 */
public final class Sharing {

    private final Bulletin bulletin;
    private final String base;
    private final Dates dates;
    private final String publisher;
    private final Figure image;

    Sharing(Bulletin bulletin, String base, Dates dates, String publisher) {
        this.bulletin = bulletin;
        this.base = base;
        this.dates = dates;
        this.publisher = publisher;
        this.image = bulletin.getFigures().stream().filter(f -> !f.isDecorative()).findFirst().orElse(null);
    }

    public String getUrl() {
        return base + PublicRoutes.bulletin(bulletin.getSlug());
    }

    public String getTitle() {
        return bulletin.getTitle();
    }

    public String getDescription() {
        return bulletin.getLead() == null ? "" : bulletin.getLead();
    }

    public boolean isWithImage() {
        return image != null;
    }

    public String getImageUrl() {
        return image == null ? null : base + image.getImage().getPath();
    }

    public String getImageAlt() {
        return image == null ? null : image.getAltText();
    }

    public int getImageWidth() {
        return image == null ? 0 : image.getImage().getWidth();
    }

    public int getImageHeight() {
        return image == null ? 0 : image.getImage().getHeight();
    }

    public String getPublished() {
        return dates.iso(bulletin.getPublishedAt());
    }

    public String getModified() {
        return dates.iso(modified());
    }

    public String getSection() {
        return bulletin.getCategory().getName();
    }

    /** The JSON-LD, safe to place inside a script element. */
    public String getJsonLd() {
        JsonObjectBuilder article = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "NewsArticle")
                .add("mainEntityOfPage", Json.createObjectBuilder().add("@type", "WebPage").add("@id", getUrl()))
                .add("url", getUrl())
                .add("headline", getTitle())
                .add("description", getDescription())
                .add("inLanguage", "vi")
                .add("articleSection", getSection())
                .add("datePublished", getPublished())
                .add("dateModified", getModified())
                .add("publisher", Json.createObjectBuilder().add("@type", "Organization").add("name", publisher));
        if (bulletin.getAuthorName() != null && !bulletin.getAuthorName().isBlank()) {
            article.add("author", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("@type", "Person").add("name", bulletin.getAuthorName())));
        } else {
            article.add("author", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("@type", "Organization").add("name", publisher)));
        }
        if (image != null) {
            JsonArrayBuilder images = Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("@type", "ImageObject")
                    .add("url", getImageUrl())
                    .add("width", getImageWidth())
                    .add("height", getImageHeight())
                    .add("caption", image.getCaption() == null ? getImageAlt() : image.getCaption()));
            article.add("image", images);
        }
        return forScriptElement(article.build().toString());
    }

    /**
     * JSON that cannot end or reopen the script element it stands in: "</script>", "<!--" and
     * "<script" in a title would otherwise change how the HTML parser reads the rest of the page.
     * Escaped as JSON escapes ("\u003c"), the data stays the same for every JSON reader.
     */
    static String forScriptElement(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private Instant modified() {
        return bulletin.getModifiedAt();
    }
}
