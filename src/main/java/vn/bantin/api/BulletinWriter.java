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

    private record Input(Draft draft, String status, List<byte[]> images, List<FigureText> figures, boolean hasFigures) {
    }

    @Transactional(rollbackOn = Exception.class)
    public Bulletin create(JsonObject json) {
        Input input = read(json, false);
        Bulletin bulletin = editorial.create(input.draft());
        bulletin = addFigures(bulletin, input);
        if ("published".equals(input.status())) {
            bulletin = publish(bulletin);
        }
        return bulletin;
    }

    @Transactional(rollbackOn = Exception.class)
    public Bulletin update(String slug, JsonObject json) {
        Bulletin existing = bulletins.findBySlug(slug).orElseThrow(() -> new NotFound());
        Input input = read(json, true);
        long version = json.getJsonNumber("version").longValueExact();
        Bulletin bulletin = editorial.update(existing.getId(), version, input.draft());
        if (input.hasFigures()) {
            bulletin = editorial.removeAllFigures(bulletin.getId(), bulletin.getVersion());
            bulletin = addFigures(bulletin, input);
        }
        boolean published = bulletin.getStatus() == BulletinStatus.PUBLISHED;
        if ("published".equals(input.status()) && !published) {
            bulletin = publish(bulletin);
        } else if ("draft".equals(input.status()) && published) {
            bulletin = editorial.backToDraft(bulletin.getId(), bulletin.getVersion());
        }
        return bulletin;
    }

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

    private Bulletin publish(Bulletin bulletin) {
        return editorial.publish(bulletin.getId(), bulletin.getVersion(), Instant.now());
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
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors.entrySet().stream().map(e -> new FieldProblem(e.getKey(), e.getValue())).toList());
        }
        return new Input(draft, status == null ? "draft" : status, images, figures, hasFigures);
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
