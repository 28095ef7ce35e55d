package vn.bantin.demo;

import java.time.LocalDate;

import jakarta.json.JsonObject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import vn.bantin.archive.BulletinPdf;

/**
 * The demo site's official documents: a one-page PDF laid out as a Vietnamese administrative
 * document (issuing body and national motto side by side, number and date, kind and abstract,
 * then the text), made when the demo content is loaded, so the WAR carries no binary samples.
 */
final class DemoDocuments {

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 20mm 20mm 30mm; }
            * { font-family: 'Liberation Sans'; }
            body { font-size: 13pt; line-height: 1.45; }
            table.header { width: 100%; border-collapse: collapse; }
            table.header td { width: 50%; text-align: center; vertical-align: top; font-size: 12pt; }
            .strong { font-weight: bold; }
            .dated { font-style: italic; text-align: right; margin-top: 6pt; }
            h1 { text-align: center; font-size: 14pt; margin: 18pt 0 2pt; }
            .about { text-align: center; font-weight: bold; margin: 0 0 14pt; }
            p.text { text-align: justify; text-indent: 1cm; margin: 0 0 6pt; }
            .sign { text-align: right; font-weight: bold; margin-top: 24pt; }
            """;

    private DemoDocuments() {
    }

    /** The PDF of a demo document described in content.json, issued on {@code issuedOn}. */
    static byte[] pdf(JsonObject document, LocalDate issuedOn) {
        Document html = Jsoup.parse("<!DOCTYPE html><html><head></head><body></body></html>");
        html.selectFirst("html").attr("lang", "vi");
        html.head().appendElement("meta").attr("charset", "UTF-8");
        html.head().appendElement("title").text(document.getString("kind") + " số " + document.getString("number"));
        html.head().appendElement("meta").attr("name", "description").attr("content", document.getString("abstract"));
        html.head().appendElement("meta").attr("name", "author").attr("content", document.getString("issuer"));
        html.head().appendElement("style").appendText(STYLE);
        Element body = html.body();
        Element row = body.appendElement("table").addClass("header").appendElement("tr");
        Element issuer = row.appendElement("td");
        issuer.appendElement("div").addClass("strong").text(document.getString("issuer").toUpperCase(java.util.Locale.forLanguageTag("vi")));
        issuer.appendElement("div").text("Số: " + document.getString("number"));
        Element motto = row.appendElement("td");
        motto.appendElement("div").addClass("strong").text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        motto.appendElement("div").addClass("strong").text("Độc lập - Tự do - Hạnh phúc");
        body.appendElement("p").addClass("dated").text(String.format("ngày %02d tháng %02d năm %d",
                issuedOn.getDayOfMonth(), issuedOn.getMonthValue(), issuedOn.getYear()));
        body.appendElement("h1").text(document.getString("kind").toUpperCase(java.util.Locale.forLanguageTag("vi")));
        body.appendElement("p").addClass("about").text(document.getString("abstract"));
        for (String paragraph : document.getString("text").split("\n")) {
            body.appendElement("p").addClass("text").text(paragraph);
        }
        body.appendElement("p").addClass("sign").text(document.getString("signedBy"));
        return BulletinPdf.toPdf(html, "https://bantin.invalid/");
    }
}
