package vn.bantin.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.bantin.platform.FieldProblem;

/**
 * The publication rules: what stands between a bulletin and the public (a title, a lead, headings
 * in order, a text alternative for every picture that is not decorative and different from its
 * caption, a number and an abstract for every official document), and the warnings an editor gets (link texts that say nothing out of context). The one
 * gate the editor, the write API and the scheduler all pass through EditorialService.publish.
 */
public final class PublishGate {

    private static final Pattern HEADING = Pattern.compile("<h([1-6])[\\s>]", Pattern.CASE_INSENSITIVE);

    private PublishGate() {
    }

    /** What stands between a bulletin and the public. Empty when it may be published. */
    public static List<FieldProblem> problems(Bulletin bulletin) {
        List<FieldProblem> problems = new ArrayList<>();
        if (bulletin.getTitle() == null || bulletin.getTitle().isBlank()) {
            problems.add(new FieldProblem("title", "gate.titleEmpty"));
        }
        if (bulletin.getLead() == null || bulletin.getLead().isBlank()) {
            problems.add(new FieldProblem("lead", "gate.leadEmpty"));
        }
        if (skipsHeadingLevels(bulletin.getBody())) {
            problems.add(new FieldProblem("body", "gate.headingSkipped"));
        }
        for (Figure figure : bulletin.getFigures()) {
            if (!figure.isDecorative() && (figure.getAltText() == null || figure.getAltText().isBlank())) {
                problems.add(new FieldProblem("figure-" + figure.getPosition(), "gate.altMissing"));
            } else if (!figure.isDecorative() && figure.getAltText().equalsIgnoreCase(String.valueOf(figure.getCaption()))) {
                problems.add(new FieldProblem("figure-" + figure.getPosition(), "gate.altEqualsCaption"));
            }
        }
        for (OfficialDocument document : bulletin.getDocuments()) {
            // A document is published with what identifies it (Decree 42/2022): its number and abstract.
            if (document.getNumber() == null) {
                problems.add(new FieldProblem(documentField(document.getPosition(), "number"), "gate.documentNumberMissing"));
            }
            if (document.getAbstractText() == null) {
                problems.add(new FieldProblem(documentField(document.getPosition(), "abstract"), "gate.documentAbstractMissing"));
            }
        }
        return problems;
    }

    /** The field a document's problem is keyed by: "document-2-number". */
    public static String documentField(int position, String part) {
        return "document-" + position + "-" + part;
    }

    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*>(.*?)</a>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final java.util.Set<String> GENERIC_LINK_TEXTS = java.util.Set.of(
            "xem thêm", "tại đây", "bấm vào đây", "nhấn vào đây", "click vào đây", "chi tiết", "xem chi tiết",
            "đây", "link", "liên kết", "click here", "here", "read more", "more", "this link");

    /**
     * Link texts that say nothing out of context ("xem thêm", "tại đây", "click here"): screen
     * reader users often list a page's links alone. A warning, not a refusal.
     */
    public static List<String> genericLinkTexts(String body) {
        List<String> found = new ArrayList<>();
        Matcher link = LINK.matcher(body == null ? "" : body);
        while (link.find()) {
            String text = link.group(1).replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
            String normalized = vn.bantin.text.VietnameseText.nfc(text).toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[.…:!»›>]+$", "").strip();
            if (GENERIC_LINK_TEXTS.contains(normalized)) {
                found.add(text);
            }
        }
        return found;
    }

    /** The page's title is the h1, so the body starts at h2 and never jumps a level going down. */
    static boolean skipsHeadingLevels(String body) {
        int previous = 1;
        Matcher heading = HEADING.matcher(body == null ? "" : body);
        while (heading.find()) {
            int level = Integer.parseInt(heading.group(1));
            if (level > previous + 1 || level == 1) {
                return true;
            }
            previous = level;
        }
        return false;
    }
}
