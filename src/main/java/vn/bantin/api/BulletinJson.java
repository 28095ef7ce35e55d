package vn.bantin.api;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.Figure;
import vn.bantin.bulletin.LegacyAddress;
import vn.bantin.category.Category;
import vn.bantin.platform.Dates;
import vn.bantin.site.PublicRoutes;

/** The JSON shapes of the read API. Absent values are written as null, not left out. */
public final class BulletinJson {

    private BulletinJson() {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"items", "page", "size", "total"})
    public record Page(List<Summary> items, int page, int size, long total) {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"id", "slug", "title", "lead", "author", "category", "publishedAt", "updatedAt", "url", "figures"})
    public record Summary(long id, String slug, String title, String lead, String author, CategoryRef category,
            OffsetDateTime publishedAt, OffsetDateTime updatedAt, String url, List<FigureJson> figures) {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"id", "slug", "title", "lead", "author", "category", "publishedAt", "updatedAt", "url", "figures",
        "body", "corrections", "legacyUrls", "withdrawal", "audio", "documents", "version"})
    public record Detail(long id, String slug, String title, String lead, String author, CategoryRef category,
            OffsetDateTime publishedAt, OffsetDateTime updatedAt, String url, List<FigureJson> figures, String body,
            List<CorrectionJson> corrections, List<String> legacyUrls, WithdrawalJson withdrawal, AudioJson audio,
            List<DocumentJson> documents, long version) {
    }

    /** An official document: its address, file, number, issue date, issuing body and abstract. */
    @JsonbNillable
    @JsonbPropertyOrder({"url", "fileName", "type", "bytes", "number", "issuedOn", "issuer", "abstract"})
    public record DocumentJson(String url, String fileName, String type, long bytes, String number, String issuedOn,
            String issuer, @jakarta.json.bind.annotation.JsonbProperty("abstract") String abstractText) {
        static DocumentJson of(vn.bantin.bulletin.OfficialDocument d) {
            return new DocumentJson(d.getPath(), d.getFileName(), d.getMediaType(), d.getByteSize(), d.getNumber(),
                    d.getIssuedOn() == null ? null : d.getIssuedOn().toString(), d.getIssuer(), d.getAbstractText());
        }
    }

    /** The bulletin read aloud: its address, media type, length in seconds (null if unknown) and size. */
    @JsonbNillable
    @JsonbPropertyOrder({"url", "type", "seconds", "bytes"})
    public record AudioJson(String url, String type, Long seconds, int bytes) {
        static AudioJson of(Bulletin b, vn.bantin.listening.AudioStore.Reading reading) {
            return new AudioJson(PublicRoutes.listening(b.getSlug(), reading.extension(), reading.version()),
                    reading.mediaType(), reading.durationMillis() == null ? null : Math.round(reading.durationMillis() / 1000.0),
                    reading.byteSize());
        }
    }

    /** A withdrawal's notice: when, why, and the address of what replaces it (null if nothing does). */
    @JsonbNillable
    @JsonbPropertyOrder({"at", "explanation", "replacement"})
    public record WithdrawalJson(OffsetDateTime at, String explanation, String replacement) {
    }

    /** A public change note: when, and what was corrected. */
    @JsonbPropertyOrder({"at", "note"})
    public record CorrectionJson(OffsetDateTime at, String note) {
    }

    @JsonbPropertyOrder({"slug", "name"})
    public record CategoryRef(String slug, String name) {
        static CategoryRef of(Category category) {
            return new CategoryRef(category.getSlug(), category.getName());
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"src", "alt", "caption", "credit", "decorative", "width", "height"})
    public record FigureJson(String src, String alt, String caption, String credit, boolean decorative, int width,
            int height) {
        static FigureJson of(Figure figure) {
            return new FigureJson(figure.getImage().getPath(), figure.getAltAttribute(), figure.getCaption(),
                    figure.getCredit(), figure.isDecorative(), figure.getImage().getWidth(),
                    figure.getImage().getHeight());
        }
    }

    static Summary summary(Bulletin b, Dates dates) {
        return new Summary(b.getId(), b.getSlug(), b.getTitle(), b.getLead(), b.getAuthorName(),
                CategoryRef.of(b.getCategory()), dates.offset(b.getPublishedAt()), dates.offset(b.getRevisedAt()),
                PublicRoutes.bulletin(b.getSlug()), figures(b));
    }

    static Detail detail(Bulletin b, Dates dates) {
        return detail(b, dates, null);
    }

    /** With its audio reading, if one has been made (the read API; write answers come before one is). */
    static Detail detail(Bulletin b, Dates dates, vn.bantin.listening.AudioStore.Reading reading) {
        return new Detail(b.getId(), b.getSlug(), b.getTitle(), b.getLead(), b.getAuthorName(),
                CategoryRef.of(b.getCategory()), dates.offset(b.getPublishedAt()), dates.offset(b.getRevisedAt()),
                PublicRoutes.bulletin(b.getSlug()), figures(b), b.getBody(),
                b.getCorrections().stream().map(c -> new CorrectionJson(dates.offset(c.getNotedAt()), c.getNote())).toList(),
                b.getLegacyAddresses().stream().map(LegacyAddress::getAddress).toList(),
                b.isWithdrawn() ? new WithdrawalJson(dates.offset(b.getWithdrawnAt()), b.getWithdrawalExplanation(),
                        b.getWithdrawalReplacement() == null ? null : PublicRoutes.bulletin(b.getWithdrawalReplacement()))
                        : null,
                reading == null ? null : AudioJson.of(b, reading),
                b.isWithdrawn() ? List.of() : b.getDocuments().stream().map(DocumentJson::of).toList(),
                b.getVersion());
    }

    private static List<FigureJson> figures(Bulletin b) {
        return b.getFigures().stream().map(FigureJson::of).toList();
    }
}
