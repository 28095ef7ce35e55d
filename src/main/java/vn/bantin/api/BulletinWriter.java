package vn.bantin.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.bulletin.BulletinStatus;
import vn.bantin.bulletin.EditorialService;
import vn.bantin.bulletin.EditorialService.Draft;
import vn.bantin.bulletin.EditorialService.FigureText;
import vn.bantin.bulletin.OfficialDocument;
import vn.bantin.category.Category;
import vn.bantin.category.CategoryRepository;
import vn.bantin.media.ImageIntake;
import vn.bantin.platform.FieldProblem;
import vn.bantin.platform.InvalidInput;
import vn.bantin.text.VietnameseText;

/**
 * Turns the write API's JSON into editorial actions, in one transaction per request: a request
 * that fails (a field, an image, the publish gate) leaves nothing behind.
 */
@RequestScoped
public class BulletinWriter {

    @Inject
    private EditorialService editorial;

    @Inject
    private CategoryRepository categories;

    @Inject
    private BulletinRepository bulletins;

    @Inject
    private ImportedSections sections;

    /**
     * A request's content. {@code publishedAt} and {@code updatedAt} are null when not given;
     * {@code legacyUrls} is null when not given (an update then keeps the old addresses).
     */
    private record Input(Draft draft, String status, List<byte[]> images, List<FigureText> figures, boolean hasFigures,
            Instant publishedAt, Instant updatedAt, List<String> legacyUrls, EditorialService.Change change,
            List<DocumentUpload> documents, boolean hasDocuments) {
    }

    /** An official document as the request gives it. */
    private record DocumentUpload(byte[] data, String fileName, OfficialDocument.Details details) {
    }

    @Transactional(rollbackOn = Exception.class)
    public Bulletin create(JsonObject json) {
        return create(read(json, false));
    }

    private Bulletin create(Input input) {
        Bulletin bulletin = editorial.create(input.draft());
        bulletin = addFigures(bulletin, input);
        bulletin = addDocuments(bulletin, input);
        if (input.legacyUrls() != null) {
            bulletin = editorial.setLegacyAddresses(bulletin.getId(), bulletin.getVersion(), input.legacyUrls(),
                    i -> LEGACY_URLS + i + "]");
        }
        if ("published".equals(input.status())) {
            bulletin = publish(bulletin, input.publishedAt());
            bulletin = reviseAt(bulletin, input.updatedAt());
        }
        return bulletin;
    }

    @Transactional(rollbackOn = Exception.class)
    public Bulletin update(String slug, JsonObject json) {
        Bulletin existing = bulletins.findBySlug(slug).orElseThrow(() -> new NotFound());
        Input input = read(json, true);
        return update(existing, json.getJsonNumber("version").longValueExact(), input);
    }

    private Bulletin update(Bulletin existing, long version, Input input) {
        Bulletin bulletin = editorial.update(existing.getId(), version, input.draft(), input.change(),
                EditorialService.CHANGE_NOTE);
        if (input.hasFigures()) {
            bulletin = editorial.removeAllFigures(bulletin.getId(), bulletin.getVersion());
            bulletin = addFigures(bulletin, input);
        }
        if (input.hasDocuments()) {
            bulletin = editorial.removeAllDocuments(bulletin.getId(), bulletin.getVersion());
            bulletin = addDocuments(bulletin, input);
        }
        if (input.legacyUrls() != null) {
            bulletin = editorial.setLegacyAddresses(bulletin.getId(), bulletin.getVersion(), input.legacyUrls(),
                    i -> LEGACY_URLS + i + "]");
        }
        boolean published = bulletin.getStatus() == BulletinStatus.PUBLISHED;
        if ("published".equals(input.status()) && !published) {
            bulletin = publish(bulletin, input.publishedAt());
        } else if ("draft".equals(input.status()) && published) {
            bulletin = editorial.backToDraft(bulletin.getId(), bulletin.getVersion());
        } else if (published && input.publishedAt() != null) {
            // A revision before the new publication time (or one the bulletin is scheduled again
            // after) no longer says anything; an updatedAt in the request gives a new one.
            Instant revised = bulletin.getRevisedAt();
            Instant kept = revised != null && !revised.isBefore(input.publishedAt()) ? revised : null;
            bulletin = editorial.setDates(bulletin.getId(), bulletin.getVersion(), input.publishedAt(), kept,
                    PUBLISHED_AT, UPDATED_AT);
        }
        if (bulletin.getStatus() == BulletinStatus.PUBLISHED) {
            bulletin = reviseAt(bulletin, input.updatedAt());
        }
        return bulletin;
    }

    /**
     * An import: the bulletin at this address is created, or updated when its content differs from
     * what the last import wrote, or left alone when it does not. A bulletin changed in BanTin since
     * (or never imported) is not overwritten. A dry run does it all and keeps nothing.
     */
    @Transactional(rollbackOn = Exception.class)
    public ImportOutcome importBulletin(JsonObject json, boolean createSections, boolean dryRun) {
        String digest = digest(json);
        String slug = json.get("slug") instanceof JsonString s ? s.getString() : null;
        if (slug == null || !VietnameseText.isSlug(slug)) {
            throw new InvalidInput("slug", "import.slugRequired");
        }
        if (createSections) {
            sections.ensure(json.get("category"));
        }
        Input input = read(json, false);
        // As the database has it (another node may have imported it a moment ago).
        Bulletin existing = bulletins.findBySlug(slug).flatMap(b -> bulletins.findCurrent(b.getId())).orElse(null);
        ImportOutcome outcome;
        if (existing == null) {
            Bulletin created = create(input);
            editorial.recordImport(created.getId(), digest);
            outcome = new ImportOutcome(ImportOutcome.CREATED, created);
        } else if (existing.getImportDigest() == null) {
            throw new ChangedSinceImport(true);
        } else if (existing.getImportVersion() == null && digest.equals(existing.getImportDigest())) {
            // Written, but the run stopped before its version was confirmed: the same content.
            return new ImportOutcome(ImportOutcome.SKIPPED, existing);
        } else if (existing.getImportVersion() == null || existing.getImportVersion() != existing.getVersion()) {
            throw new ChangedSinceImport(false);
        } else if (digest.equals(existing.getImportDigest())) {
            return new ImportOutcome(ImportOutcome.SKIPPED, existing);
        } else {
            Bulletin updated = update(existing, existing.getVersion(), input);
            editorial.recordImport(updated.getId(), digest);
            outcome = new ImportOutcome(ImportOutcome.UPDATED, updated);
        }
        if (dryRun) {
            throw new DryRun(outcome.outcome());
        }
        return outcome;
    }

    /** After an import's commit: the version it left, for the next import to compare with. */
    @Transactional
    public void confirmImport(long id) {
        editorial.confirmImport(id);
    }

    /** What an import did with one bulletin: "created", "updated" or "skipped". */
    public record ImportOutcome(String outcome, Bulletin bulletin) {
        public static final String CREATED = "created";
        public static final String UPDATED = "updated";
        public static final String SKIPPED = "skipped";
    }

    /** A bulletin at the import's address was changed in BanTin since it was imported, or not imported at all. */
    public static class ChangedSinceImport extends RuntimeException {
        private final boolean neverImported;

        ChangedSinceImport(boolean neverImported) {
            this.neverImported = neverImported;
        }

        public boolean neverImported() {
            return neverImported;
        }
    }

    /** A dry run got through: everything is rolled back; {@code outcome} is what a real run would do. */
    public static class DryRun extends RuntimeException {
        private final String outcome;

        DryRun(String outcome) {
            this.outcome = outcome;
        }

        public String outcome() {
            return outcome;
        }
    }

    /** The request as it was parsed: the same JSON always gives the same digest, whatever its spacing. */
    static String digest(JsonObject json) {
        return vn.bantin.platform.Sha256.hex(json.toString());
    }

    /** Withdraws a bulletin with a notice: {"explanation": "...", "replacement": "slug"} (replacement optional). */
    @Transactional
    public Bulletin withdraw(String slug, JsonObject json) {
        Bulletin existing = bulletins.findBySlug(slug).orElseThrow(() -> new NotFound());
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        String explanation = text(json, "explanation", errors);
        String replacement = text(json, "replacement", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors.entrySet().stream().map(e -> new FieldProblem(e.getKey(), e.getValue())).toList());
        }
        return editorial.withdraw(existing.getId(), existing.getVersion(), explanation, replacement, "explanation",
                "replacement");
    }

    /** Removes a bulletin from the public site: its address answers 410 Gone. */
    @Transactional
    public Bulletin archive(String slug) {
        Bulletin existing = bulletins.findBySlug(slug).orElseThrow(() -> new NotFound());
        return editorial.archive(existing.getId(), existing.getVersion());
    }

    /** No bulletin at that address. */
    public static class NotFound extends RuntimeException {
    }

    /** Other pictures are being decoded; the client is asked to try again later. */
    public static class ImagesBusy extends RuntimeException {
    }

    static final String PUBLISHED_AT = "publishedAt";
    static final String UPDATED_AT = "updatedAt";
    static final String LEGACY_URLS = "legacyUrls[";

    /** Published at the time given (a past one is its original date, a later one schedules it), else now. */
    private Bulletin publish(Bulletin bulletin, Instant at) {
        return editorial.publish(bulletin.getId(), bulletin.getVersion(), at == null ? Instant.now() : at);
    }

    private Bulletin reviseAt(Bulletin bulletin, Instant updatedAt) {
        if (updatedAt == null) {
            return bulletin;
        }
        return editorial.setDates(bulletin.getId(), bulletin.getVersion(), null, updatedAt, PUBLISHED_AT, UPDATED_AT);
    }

    private Bulletin addFigures(Bulletin bulletin, Input input) {
        for (int i = 0; i < input.images().size(); i++) {
            try {
                bulletin = editorial.addFigure(bulletin.getId(), bulletin.getVersion(), input.images().get(i),
                        input.figures().get(i));
            } catch (ImageIntake.RejectedImage rejected) {
                if (ImageIntake.BUSY.equals(rejected.reason())) {
                    throw new ImagesBusy();
                }
                throw new InvalidInput("figures[" + i + "].data", rejected.reason());
            } catch (EditorialService.PublishRefusedException refused) {
                throw new InvalidInput("figures[" + i + "].alt", "gate.altMissing");
            }
        }
        return bulletin;
    }

    private Bulletin addDocuments(Bulletin bulletin, Input input) {
        for (int i = 0; i < input.documents().size(); i++) {
            DocumentUpload document = input.documents().get(i);
            try {
                bulletin = editorial.addDocument(bulletin.getId(), bulletin.getVersion(), document.data(),
                        document.fileName(), document.details());
            } catch (InvalidInput refused) {
                String prefix = "documents[" + i + "]";
                throw new InvalidInput(refused.problems().stream().map(p -> new FieldProblem(
                        p.field().equals(EditorialService.NEW_DOCUMENT) ? prefix + ".data"
                                : prefix + "." + p.field().substring(EditorialService.NEW_DOCUMENT.length() + 1),
                        p.messageKey())).toList());
            }
        }
        return bulletin;
    }

    private Input read(JsonObject json, boolean update) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = text(json, "title", errors);
        String slug = text(json, "slug", errors);
        String lead = text(json, "lead", errors);
        String body = text(json, "body", errors);
        String author = text(json, "author", errors);
        Category category = category(json.get("category"), errors);
        Draft draft = new Draft(title, slug, lead, body, category == null ? null : category.getId(), author);
        // The same field rules as the editor's; a field already refused for its type keeps that reason.
        draft.problems().forEach(problem -> errors.putIfAbsent(problem.field(), problem.messageKey()));
        String status = text(json, "status", errors);
        if (status != null && !status.equals("draft") && !status.equals("published")) {
            errors.put("status", "api.badStatus");
        }
        if (update && !isWholeNumber(json.get("version"))) {
            errors.put("version", "api.versionRequired");
        }
        Instant publishedAt = time(json, PUBLISHED_AT, errors);
        Instant updatedAt = time(json, UPDATED_AT, errors);
        if ((publishedAt != null || updatedAt != null) && !update && !"published".equals(status)) {
            errors.putIfAbsent(publishedAt != null ? PUBLISHED_AT : UPDATED_AT, "api.datesNeedPublished");
        }
        if (publishedAt != null && updatedAt != null && updatedAt.isBefore(publishedAt)) {
            errors.putIfAbsent(UPDATED_AT, "dates.revisedBeforePublished");
        }
        if (updatedAt != null && updatedAt.isAfter(Instant.now())) {
            errors.putIfAbsent(UPDATED_AT, "dates.revisedInFuture");
        }
        List<String> legacyUrls = null;
        JsonValue legacyValue = json.get("legacyUrls");
        if (legacyValue != null && legacyValue.getValueType() != JsonValue.ValueType.NULL) {
            if (legacyValue.getValueType() != JsonValue.ValueType.ARRAY) {
                errors.put("legacyUrls", "api.notAList");
            } else if (legacyValue.asJsonArray().size() > MAX_LEGACY_URLS) {
                errors.put("legacyUrls", "legacy.tooMany");
            } else {
                legacyUrls = new ArrayList<>();
                int i = 0;
                for (JsonValue url : legacyValue.asJsonArray()) {
                    if (url instanceof JsonString s) {
                        legacyUrls.add(s.getString());
                    } else {
                        errors.put(LEGACY_URLS + i + "]", "api.notText");
                    }
                    i++;
                }
            }
        }
        List<byte[]> images = new ArrayList<>();
        List<FigureText> figures = new ArrayList<>();
        JsonValue figuresValue = json.get("figures");
        boolean hasFigures = figuresValue != null && figuresValue.getValueType() != JsonValue.ValueType.NULL;
        if (hasFigures) {
            if (figuresValue.getValueType() != JsonValue.ValueType.ARRAY) {
                errors.put("figures", "api.notAList");
            } else if (figuresValue.asJsonArray().size() > Bulletin.MAX_FIGURES) {
                errors.put("figures", "editor.figures.tooMany");
            } else {
                int i = 0;
                for (JsonValue value : figuresValue.asJsonArray()) {
                    readFigure(value, i++, images, figures, errors);
                }
            }
        }
        List<DocumentUpload> documents = new ArrayList<>();
        JsonValue documentsValue = json.get("documents");
        boolean hasDocuments = documentsValue != null && documentsValue.getValueType() != JsonValue.ValueType.NULL;
        if (hasDocuments) {
            if (documentsValue.getValueType() != JsonValue.ValueType.ARRAY) {
                errors.put("documents", "api.notAList");
            } else if (documentsValue.asJsonArray().size() > Bulletin.MAX_DOCUMENTS) {
                errors.put("documents", "editor.documents.tooMany");
            } else {
                int i = 0;
                for (JsonValue value : documentsValue.asJsonArray()) {
                    readDocument(value, i++, documents, errors);
                }
            }
        }
        String changeNote = text(json, EditorialService.CHANGE_NOTE, errors);
        JsonValue minorValue = json.get("minor");
        boolean minor = minorValue == JsonValue.TRUE;
        if (minorValue != null && minorValue != JsonValue.TRUE && minorValue != JsonValue.FALSE
                && minorValue != JsonValue.NULL) {
            errors.put("minor", "api.notABoolean");
        }
        if (changeNote != null && !update) {
            errors.putIfAbsent(EditorialService.CHANGE_NOTE, "correction.notPublished");
        }
        EditorialService.Change change = new EditorialService.Change(changeNote, minor);
        change.problems(EditorialService.CHANGE_NOTE).forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors.entrySet().stream().map(e -> new FieldProblem(e.getKey(), e.getValue())).toList());
        }
        return new Input(draft, status == null ? "draft" : status, images, figures, hasFigures, publishedAt, updatedAt,
                legacyUrls, change, documents, hasDocuments);
    }

    private static void readDocument(JsonValue value, int i, List<DocumentUpload> documents, Map<String, String> errors) {
        String prefix = "documents[" + i + "]";
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.put(prefix, "api.notAnObject");
            return;
        }
        JsonObject document = value.asJsonObject();
        byte[] bytes = null;
        try {
            bytes = document.get("data") instanceof JsonString s ? Base64.getMimeDecoder().decode(s.getString()) : null;
        } catch (IllegalArgumentException notBase64) {
            bytes = null;
        }
        if (bytes == null || bytes.length == 0) {
            errors.put(prefix + ".data", "api.badDocumentData");
        }
        String fileName = text(document, "fileName", errors, prefix + ".");
        java.time.LocalDate issuedOn = null;
        String issued = text(document, "issuedOn", errors, prefix + ".");
        if (issued != null) {
            try {
                issuedOn = java.time.LocalDate.parse(issued.strip());
            } catch (java.time.format.DateTimeParseException notADate) {
                errors.put(prefix + ".issuedOn", "api.badDate");
            }
        }
        OfficialDocument.Details details = new OfficialDocument.Details(text(document, "number", errors, prefix + "."),
                issuedOn, text(document, "issuer", errors, prefix + "."), text(document, "abstract", errors, prefix + "."));
        OfficialDocument.problems(details, prefix + ".").forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
        if (fileName != null && VietnameseText.hasForbiddenCharacters(fileName)) {
            errors.putIfAbsent(prefix + ".fileName", "text.forbiddenCharacters");
        }
        documents.add(new DocumentUpload(bytes, fileName, details));
    }

    /** As {@link #text(JsonObject, String, Map)}, the error keyed with the member's place. */
    private static String text(JsonObject json, String field, Map<String, String> errors, String prefix) {
        Map<String, String> own = new LinkedHashMap<>();
        String value = text(json, field, own);
        own.forEach((key, reason) -> errors.put(prefix + key, reason));
        return value;
    }

    /** Old addresses one bulletin may carry: every address it ever had, with room to spare. */
    static final int MAX_LEGACY_URLS = 50;

    /** A time with its offset ("2024-06-24T08:00:00+07:00"), or null with an error when it is not one. */
    private static Instant time(JsonObject json, String field, Map<String, String> errors) {
        String text = text(json, field, errors);
        if (text == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text.strip()).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        } catch (java.time.format.DateTimeParseException notATime) {
            errors.put(field, "api.badTime");
            return null;
        }
    }

    private static void readFigure(JsonValue value, int i, List<byte[]> images, List<FigureText> figures,
            Map<String, String> errors) {
        String prefix = "figures[" + i + "]";
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.put(prefix, "api.notAnObject");
            return;
        }
        JsonObject figure = value.asJsonObject();
        String data = figure.get("data") instanceof JsonString s ? s.getString() : null;
        byte[] bytes = null;
        try {
            bytes = data == null ? null : Base64.getMimeDecoder().decode(data);
        } catch (IllegalArgumentException notBase64) {
            bytes = null;
        }
        if (bytes == null || bytes.length == 0) {
            errors.put(prefix + ".data", "api.badImageData");
        }
        boolean decorative = figure.getBoolean("decorative", false);
        String alt = figure.get("alt") instanceof JsonString s ? allowedText(s.getString(), prefix + ".alt", errors) : null;
        String caption = figure.get("caption") instanceof JsonString s
                ? allowedText(s.getString(), prefix + ".caption", errors) : null;
        String credit = figure.get("credit") instanceof JsonString s
                ? allowedText(s.getString(), prefix + ".credit", errors) : null;
        if (errors.containsKey(prefix + ".alt")) {
            // already refused for its characters
        } else if (!decorative && (alt == null || alt.isBlank())) {
            errors.put(prefix + ".alt", "gate.altMissing");
        } else if (!decorative && alt.equalsIgnoreCase(String.valueOf(caption))) {
            errors.put(prefix + ".alt", "gate.altEqualsCaption");
        }
        images.add(bytes);
        figures.add(new FigureText(0, alt, caption, credit, decorative));
    }

    private Category category(JsonValue value, Map<String, String> errors) {
        String slug = null;
        if (value instanceof JsonString s) {
            slug = s.getString();
        } else if (value != null && value.getValueType() == JsonValue.ValueType.OBJECT
                && value.asJsonObject().get("slug") instanceof JsonString s) {
            slug = s.getString();
        }
        Category category = slug == null || !VietnameseText.isSlug(slug) ? null : categories.findBySlug(slug).orElse(null);
        if (category == null) {
            errors.put("category", "api.badCategory");
        }
        return category;
    }

    /** A JSON number that is a whole number a long can hold (not 1.5, not 1e400). */
    private static boolean isWholeNumber(JsonValue value) {
        if (!(value instanceof jakarta.json.JsonNumber number) || !number.isIntegral()) {
            return false;
        }
        try {
            number.longValueExact();
            return true;
        } catch (ArithmeticException tooLarge) {
            return false;
        }
    }

    /** How long a client is asked to wait while other pictures are being decoded. */
    static final int RETRY_AFTER_SECONDS = 30;

    /**
     * A field's text, or null with an error when it is not text. What the text may hold is the
     * draft's rules' business (Draft.problems), so it is said once for the editor and the API.
     */
    private static String text(JsonObject json, String field, Map<String, String> errors) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        errors.put(field, "api.notText");
        return null;
    }

    /** The text, or null with an error for its field when it holds characters no page or feed can carry. */
    private static String allowedText(String text, String field, Map<String, String> errors) {
        if (VietnameseText.hasForbiddenCharacters(text)) {
            errors.put(field, "text.forbiddenCharacters");
            return null;
        }
        return text;
    }
}
