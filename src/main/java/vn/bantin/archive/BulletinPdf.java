package vn.bantin.archive;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Optional;

import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.Figure;
import vn.bantin.media.ImageStore;
import vn.bantin.platform.Dates;

/**
 * A bulletin as an archive copy: a tagged PDF (PDF/UA) with its title, lead, figures with their
 * text alternatives and captions, body and author, in embedded fonts that cover Vietnamese, and
 * with the document's title and language in its metadata. The layout is HTML and CSS rendered
 * by openhtmltopdf, which writes the structure tags (headings, paragraphs, lists, figures).
 */
@ApplicationScoped
public class BulletinPdf {

    private static final String FONT = "Liberation Sans";
    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm; @bottom-center { content: counter(page) " / " counter(pages); font-family: 'Liberation Sans'; font-size: 9pt; } }
            * { font-family: 'Liberation Sans'; }
            body { font-family: 'Liberation Sans'; font-size: 11pt; line-height: 1.5; color: #1b1b1b; }
            .source { font-size: 9pt; color: #4a4a4a; border-bottom: 1px solid #c9c4b8; padding-bottom: 4pt; }
            h1 { font-size: 20pt; line-height: 1.25; margin: 10pt 0 8pt; }
            h2 { font-size: 14pt; margin: 14pt 0 6pt; }
            h3, h4 { font-size: 12pt; margin: 12pt 0 4pt; }
            .lead { font-weight: bold; }
            figure { margin: 10pt 0; page-break-inside: avoid; }
            figure img { width: 100%; }
            figcaption { font-size: 9.5pt; font-style: italic; color: #4a4a4a; text-align: center; margin-top: 3pt; }
            blockquote { border-left: 3pt solid #c9c4b8; margin-left: 0; padding-left: 10pt; }
            table { border-collapse: collapse; } th, td { border: 1px solid #c9c4b8; padding: 3pt 6pt; }
            a { color: #0a4d94; }
            .author { text-align: right; font-weight: bold; }
            .corrections { border-left: 3pt solid #8a1c13; padding-left: 10pt; margin-top: 14pt; }
            """;

    @Inject
    private ImageStore images;

    @Inject
    private Dates dates;

    /** The PDF of a bulletin; {@code url} is its public address, printed on the copy. */
    public byte[] render(Bulletin bulletin, String url, String portalName) {
        Document html = Jsoup.parse("<!DOCTYPE html><html><head></head><body></body></html>");
        html.selectFirst("html").attr("lang", "vi");
        Element head = html.head();
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("title").text(bulletin.getTitle());
        head.appendElement("meta").attr("name", "author").attr(
                "content", blank(bulletin.getAuthorName()) ? portalName : bulletin.getAuthorName());
        head.appendElement("meta").attr("name", "subject").attr("content", nullToEmpty(bulletin.getLead()));
        head.appendElement("style").appendText(STYLE);

        Element body = html.body();
        java.util.ResourceBundle msg = vn.bantin.platform.Messages.bundle(vn.bantin.platform.Messages.VIETNAMESE);
        String revised = bulletin.getRevisedAt() == null ? ""
                : " (" + msg.getString("bulletin.updatedOn") + " " + dates.day(bulletin.getRevisedAt()) + ")";
        body.appendElement("p").addClass("source")
                .text(portalName + " · " + bulletin.getCategory().getName() + " · " + dates.day(bulletin.getPublishedAt())
                        + revised + " · " + url);
        Element article = body.appendElement("article");
        article.appendElement("h1").text(bulletin.getTitle());
        if (!blank(bulletin.getLead())) {
            article.appendElement("p").addClass("lead").text(bulletin.getLead());
        }
        boolean first = true;
        for (Figure figure : bulletin.getFigures()) {
            if (first) {
                figure(article, figure);
            }
            first = false;
        }
        Element text = article.appendElement("div").addClass("body");
        text.append(nullToEmpty(bulletin.getBody()));
        bulletin.getFigures().stream().skip(1).forEach(figure -> figure(article, figure));
        if (!blank(bulletin.getAuthorName())) {
            article.appendElement("p").addClass("author").text(bulletin.getAuthorName());
        }
        // The change notes readers were given, as on the page: the copy is a record of the bulletin.
        if (!bulletin.getCorrections().isEmpty()) {
            Element notes = article.appendElement("section").addClass("corrections");
            notes.appendElement("h2").text(msg.getString("bulletin.corrections"));
            Element list = notes.appendElement("ul");
            for (vn.bantin.bulletin.Correction correction : bulletin.getCorrections()) {
                list.appendElement("li").text(dates.day(correction.getNotedAt()) + ": " + correction.getNote());
            }
        }

        return toPdf(html, url);
    }

    /**
     * A tagged PDF (PDF/UA) of an HTML page, in the portal's embedded fonts, which carry every
     * Vietnamese letter. Also used for the demo site's official documents.
     */
    public static byte[] toPdf(Document html, String url) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            font(builder, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
            font(builder, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
            font(builder, "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC);
            builder.withW3cDocument(new W3CDom().fromJsoup(html), url);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be made", e);
        }
        return out.toByteArray();
    }

    private void figure(Element article, Figure figure) {
        Optional<String> source = dataUri(figure);
        if (source.isEmpty()) {
            return;
        }
        Element element = article.appendElement("figure");
        element.appendElement("img").attr("src", source.get()).attr("alt", figure.isDecorative() ? "" : nullToEmpty(figure.getAltText()));
        String caption = nullToEmpty(figure.getCaption()) + (blank(figure.getCredit()) ? "" : " (" + figure.getCredit() + ")");
        if (!caption.isBlank()) {
            element.appendElement("figcaption").text(caption.strip());
        }
    }

    /** The image inline, as JPEG or PNG (the PDF cannot hold WebP, so WebP is converted). */
    private Optional<String> dataUri(Figure figure) {
        Optional<byte[]> bytes = images.bytes(figure.getImage().getId());
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        String type = figure.getImage().getMediaType();
        byte[] data = bytes.get();
        if (!"image/jpeg".equals(type) && !"image/png".equals(type)) {
            try {
                BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(data));
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(decoded, "png", png);
                data = png.toByteArray();
                type = "image/png";
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of("data:" + type + ";base64," + Base64.getEncoder().encodeToString(data));
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> fontStream(file), FONT, weight, style, true);
    }

    private static InputStream fontStream(String file) {
        InputStream stream = BulletinPdf.class.getResourceAsStream("/liberation/" + file);
        if (stream == null) {
            throw new IllegalStateException("Font missing from the application: " + file);
        }
        return stream;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
