package vn.bantin.listening;


import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.Figure;
import vn.bantin.text.VietnameseText;

/**
 * What a reading says, in the order readers see it: headline, lead, the body's paragraphs,
 * headings and list items, each picture's caption, then the author.
 */
public final class SpokenText {

    private SpokenText() {
    }

    public static String of(Bulletin bulletin) {
        StringBuilder text = new StringBuilder();
        sentence(text, bulletin.getTitle());
        sentence(text, bulletin.getLead());
        for (Element block : Jsoup.parseBodyFragment(bulletin.getBody()).body().select("h2, h3, h4, p, li, blockquote, td, th")) {
            if (block.select("p, li").isEmpty() || block.is("p, li")) {
                sentence(text, block.text());
            }
        }
        for (Figure figure : bulletin.getFigures()) {
            if (figure.getCaption() != null && !figure.getCaption().isBlank()) {
                sentence(text, "Ảnh: " + figure.getCaption());
            }
        }
        if (bulletin.getAuthorName() != null && !bulletin.getAuthorName().isBlank()) {
            sentence(text, "Tác giả: " + bulletin.getAuthorName());
        }
        return VietnameseText.nfc(text.toString().strip());
    }

    /** One line per piece, ending in a full stop so the voice pauses between them. */
    private static void sentence(StringBuilder text, String piece) {
        if (piece == null || piece.isBlank()) {
            return;
        }
        String line = piece.strip();
        text.append(line);
        if (!line.matches(".*[.!?:…]$")) {
            text.append('.');
        }
        text.append('\n');
    }

    /** Tells one reading from another: the text read and the engine that read it. */
    public static String digest(String text, SpeechEngine engine) {
        return vn.bantin.platform.Sha256.hex(engine.name() + "\n" + text);
    }
}
