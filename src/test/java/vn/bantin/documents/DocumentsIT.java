package vn.bantin.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import com.deque.html.axecore.results.Rule;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import vn.bantin.testing.Browser;
import vn.bantin.testing.BrowserSession;
import vn.bantin.testing.Fixtures;
import vn.bantin.testing.Portal;
import vn.bantin.testing.backoffice.EditorPage;
import vn.bantin.testing.backoffice.SignInPage;

/**
 * Official documents ("văn bản"): taken by the write API and the editor with their number, issue
 * date, issuing body and abstract; checked by content (active PDFs and macros refused); listed
 * on the bulletin page with link texts that say what each is, and on /van-ban with filters;
 * found by search by number with or without marks; held back by the publish gate without a
 * number or abstract; served only while their bulletin is public.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsIT {

    private static final String EDUCATION = "Sở Giáo dục và Đào tạo";
    private static final String SCHOOL = "Trường Trung học phổ thông Chuyên";

    @ArquillianResource
    private URL base;

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    private HttpResponse<String> send(String method, String path, String json) {
        return Portal.sendJsonAsAdmin(base, method, path, json);
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static JsonObjectBuilder document(byte[] file, String fileName, String number, String issuedOn, String issuer,
            String abstractText) {
        JsonObjectBuilder document = Json.createObjectBuilder().add("data", Base64.getEncoder().encodeToString(file))
                .add("fileName", fileName);
        if (number != null) {
            document.add("number", number);
        }
        if (issuedOn != null) {
            document.add("issuedOn", issuedOn);
        }
        if (issuer != null) {
            document.add("issuer", issuer);
        }
        if (abstractText != null) {
            document.add("abstract", abstractText);
        }
        return document;
    }

    private static String bulletin(String title, String slug, String status, JsonObjectBuilder... documents) {
        jakarta.json.JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObjectBuilder document : documents) {
            list.add(document);
        }
        return Json.createObjectBuilder().add("title", title).add("slug", slug).add("lead", "Tóm tắt: " + title)
                .add("body", "<p>Nội dung: " + title + "</p>").add("category", "thoi-su").add("status", status)
                .add("documents", list).build().toString();
    }

    private static String problemField(HttpResponse<String> answer) {
        JsonArray errors = json(answer.body()).getJsonArray("errors");
        return errors.getJsonObject(0).getString("field");
    }

    private Document page(String path) {
        HttpResponse<String> answer = Portal.get(base, path);
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return Jsoup.parse(answer.body());
    }

    @Test
    void documents_sent_with_a_bulletin_are_listed_with_what_they_are_and_served_as_downloads() throws Exception {
        byte[] decision = TestDocuments.pdf("Quyet dinh so 4567/QD-UBND");
        byte[] plan = TestDocuments.docx();
        HttpResponse<String> created = send("POST", "/api/v1/bulletins", bulletin(
                "Tỉnh ban hành quy định về dạy thêm học thêm", "quy-dinh-day-them-hoc-them", "published",
                document(decision, "C:\\Văn bản\\Quyết định 4567.pdf", "4567/QĐ-UBND", "2019-05-10", EDUCATION,
                        "Ban hành Quy định về dạy thêm, học thêm trên địa bàn tỉnh"),
                document(plan, "ke-hoach-89.docx", "89/KH-SGDĐT", "2026-11-20", EDUCATION,
                        "Kế hoạch kiểm tra việc dạy thêm, học thêm năm học mới")));
        assertEquals(201, created.statusCode(), created.body());
        JsonArray listed = json(created.body()).getJsonArray("documents");
        assertEquals(2, listed.size());
        String decisionUrl = listed.getJsonObject(0).getString("url");
        assertEquals("Quyết định 4567.pdf", listed.getJsonObject(0).getString("fileName"), "no folder from the sender's machine");
        assertEquals("2019-05-10", listed.getJsonObject(0).getString("issuedOn"));
        assertEquals(DocumentIntake.Format.DOCX.mediaType(), listed.getJsonObject(1).getString("type"));

        Document bulletinPage = page("/tin-tuc/quy-dinh-day-them-hoc-them");
        Element section = bulletinPage.selectFirst("section.bulletin-documents");
        assertEquals("Văn bản", section.selectFirst("h2").text());
        long decisionKb = Math.max(1, Math.round(decision.length / 1024.0));
        assertEquals(List.of("Quyết định số 4567/QĐ-UBND (PDF, " + decisionKb + " KB)", "Kế hoạch số 89/KH-SGDĐT (DOCX, 1 KB)"),
                section.select(".document-title a").eachText());
        assertEquals("Ban hành Quy định về dạy thêm, học thêm trên địa bàn tỉnh", section.selectFirst(".document-abstract").text());
        assertTrue(section.selectFirst(".document-meta").text().contains("10/05/2019"), section.text());

        HttpResponse<byte[]> file = Portal.getBytes(base, decisionUrl);
        assertEquals(200, file.statusCode());
        assertArrayEquals(decision, file.body(), "the file as sent");
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        String disposition = file.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%204567.pdf"),
                disposition);
        assertEquals(404, Portal.getBytes(base, decisionUrl.replace(".pdf", ".docx")).statusCode(), "its own extension only");

        // The list of every document, its filters and their wrong values.
        Document all = page("/van-ban");
        assertTrue(all.select(".document-title a").eachText().contains("Quyết định số 4567/QĐ-UBND (PDF, " + decisionKb + " KB)"));
        assertTrue(all.select("#co-quan option").eachText().contains(EDUCATION));
        Document byIssuer = page("/van-ban?co-quan=" + URLEncoder.encode(EDUCATION, StandardCharsets.UTF_8));
        assertEquals(2, byIssuer.select(".document-item").size(), byIssuer.select(".document-list").text());
        assertEquals("2 văn bản", byIssuer.selectFirst(".search-count").text());
        Document byYear = page("/van-ban?co-quan=" + URLEncoder.encode(EDUCATION, StandardCharsets.UTF_8) + "&nam=2019");
        assertEquals(List.of("Quyết định số 4567/QĐ-UBND (PDF, " + decisionKb + " KB)"), byYear.select(".document-title a").eachText());
        HttpResponse<String> badYear = Portal.get(base, "/van-ban?nam=hai-nghin");
        assertEquals(400, badYear.statusCode());
        assertTrue(badYear.body().contains("Năm không hợp lệ"), badYear.body());
        HttpResponse<String> unknownIssuer = Portal.get(base, "/van-ban?co-quan=" + URLEncoder.encode("Sở Không Có", StandardCharsets.UTF_8));
        assertEquals(400, unknownIssuer.statusCode());
        assertEquals(400, Portal.get(base, "/van-ban?trang=0").statusCode());

        // Removed, the bulletin takes its documents with it.
        assertEquals(200, send("DELETE", "/api/v1/bulletins/quy-dinh-day-them-hoc-them", null).statusCode());
        assertEquals(404, Portal.getBytes(base, decisionUrl).statusCode());
        assertFalse(page("/van-ban").text().contains("4567/QĐ-UBND"));
    }

    @Test
    void active_or_unknown_files_are_refused_with_the_field_named_and_nothing_is_kept() {
        record Case(byte[] file, String message) {
        }
        List<Case> cases = List.of(
                new Case(TestDocuments.pdfWithJavaScript(), "JavaScript"),
                new Case(TestDocuments.pdfWithLaunchAction(), "JavaScript hoặc lệnh mở chương trình"),
                new Case(TestDocuments.docxWithMacros(), "macro"),
                new Case("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "không phải văn bản PDF, DOCX hay ODT"));
        for (Case attack : cases) {
            HttpResponse<String> refused = send("POST", "/api/v1/bulletins", bulletin("Văn bản nguy hiểm", "van-ban-nguy-hiem",
                    "draft", document(attack.file(), "quyet-dinh.pdf", "1/QĐ-UBND", null, "UBND", "Trích yếu")));
            assertEquals(422, refused.statusCode(), refused.body());
            assertEquals("documents[0].data", problemField(refused));
            assertTrue(refused.body().contains(attack.message()), refused.body());
        }
        assertEquals(404, Portal.get(base, "/api/v1/bulletins/van-ban-nguy-hiem").statusCode(), "no bulletin was created");
        HttpResponse<String> badDate = send("POST", "/api/v1/bulletins", bulletin("Văn bản sai ngày", "van-ban-sai-ngay",
                "draft", document(TestDocuments.odt(), "a.odt", "1/TB-UBND", "30/02/2026", null, "Trích yếu")));
        assertEquals(422, badDate.statusCode());
        assertEquals("documents[0].issuedOn", problemField(badDate));
    }

    @Test
    void the_publish_gate_wants_each_documents_number_and_abstract_and_drafts_keep_their_files_private() {
        HttpResponse<String> refused = send("POST", "/api/v1/bulletins", bulletin("Thông báo tuyển sinh lớp mười",
                "thong-bao-tuyen-sinh-lop-muoi", "published", document(TestDocuments.odt(), "thong-bao.odt", null, null, SCHOOL, null)));
        assertEquals(422, refused.statusCode(), refused.body());
        JsonArray errors = json(refused.body()).getJsonArray("errors");
        assertEquals(List.of("documents[0].number", "documents[0].abstract"),
                errors.stream().map(e -> e.asJsonObject().getString("field")).toList(), refused.body());

        HttpResponse<String> draft = send("POST", "/api/v1/bulletins", bulletin("Thông báo tuyển sinh lớp mười",
                "thong-bao-tuyen-sinh-lop-muoi", "draft", document(TestDocuments.odt(), "thong-bao.odt", null, null, SCHOOL, null)));
        assertEquals(201, draft.statusCode(), draft.body());
        JsonObject kept = json(draft.body());
        String url = kept.getJsonArray("documents").getJsonObject(0).getString("url");
        assertEquals(404, Portal.getBytes(base, url).statusCode(), "a draft's document is not public");
        assertFalse(page("/van-ban").text().contains("Thông báo tuyển sinh"));

        HttpResponse<String> completed = send("PUT", "/api/v1/bulletins/thong-bao-tuyen-sinh-lop-muoi",
                Json.createObjectBuilder(json(bulletin("Thông báo tuyển sinh lớp mười", "thong-bao-tuyen-sinh-lop-muoi",
                        "published", document(TestDocuments.odt(), "thong-bao.odt", "77/TB-SGDĐT", "2026-11-25", SCHOOL,
                                "Tuyển sinh vào lớp 10 trung học phổ thông năm học mới"))))
                        .add("version", kept.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, completed.statusCode(), completed.body());
        String published = json(completed.body()).getJsonArray("documents").getJsonObject(0).getString("url");
        assertEquals(200, Portal.getBytes(base, published).statusCode());
        assertEquals(List.of("Thông báo số 77/TB-SGDĐT (ODT, 1 KB)"),
                page("/tin-tuc/thong-bao-tuyen-sinh-lop-muoi").select(".document-title a").eachText());
    }

    @Test
    void search_finds_a_bulletin_by_its_documents_number_with_or_without_marks() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/bulletins", bulletin("Điều chỉnh giá nước sạch sinh hoạt",
                "dieu-chinh-gia-nuoc-sach", "published", document(TestDocuments.pdf("Quyet dinh"), "qd.pdf", "2468/QĐ-UBND",
                        "2026-11-28", "Ủy ban nhân dân tỉnh", "Phê duyệt giá nước sạch sinh hoạt")));
        assertEquals(201, created.statusCode(), created.body());
        for (String query : List.of("2468/QĐ-UBND", "2468/QD-UBND", "2468 qd ubnd")) {
            List<String> titles = List.of();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (titles.isEmpty() && System.nanoTime() < deadline) {
                titles = Jsoup.parse(Portal.get(base, "/tim-kiem?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body())
                        .select(".search-result h3").eachText();
                Thread.sleep(titles.isEmpty() ? 100 : 0);
            }
            assertEquals(List.of("Điều chỉnh giá nước sạch sinh hoạt"), titles, query);
        }
    }

    @Test
    void pages_with_documents_pass_axe_and_fit_320_px_and_an_editor_adds_one_by_keyboard_and_mouse(
            @org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        ChromeDriver browser = SESSION.driverAtDesktopSize();
        String withDocuments = "/tin-tuc/tinh-phat-dong-phong-trao-trong-mot-trieu-cay-xanh";
        for (String path : List.of("/van-ban", withDocuments)) {
            browser.get(Portal.resolve(base, path).toString());
            List<Rule> violations = Browser.violations(browser);
            assertTrue(violations.isEmpty(), path + ":" + Browser.describe(violations));
            Browser.viewport(browser, 320, 640);
            long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, path + " scrolls sideways at 320 px by " + overflow + " px");
            Browser.resetViewport(browser);
        }
        browser.get(Portal.resolve(base, withDocuments).toString());
        assertEquals(List.of("Quyết định số 1234/QĐ-UBND", "Nghị quyết số 12-NQ/TU"),
                browser.findElements(By.cssSelector(".bulletin-documents .document-title a")).stream()
                        .map(a -> a.getText().replaceAll(" \\(PDF, \\d+ KB\\)$", "")).toList(),
                "the demo bulletin's documents");

        HttpResponse<String> draft = send("POST", "/api/v1/bulletins", bulletin("Lịch thi nghề cho lao động nông thôn",
                "lich-thi-nghe-lao-dong-nong-thon", "draft"));
        assertEquals(201, draft.statusCode(), draft.body());
        long id = json(draft.body()).getJsonNumber("id").longValue();
        SignInPage.open(browser, base).signIn("admin", Fixtures.ADMIN_PASSWORD);
        EditorPage editor = EditorPage.openAt(browser, base, Portal.resolve(base, "/admin/ban-tin.xhtml?id=" + id).toString());
        Path file = folder.resolve("Kế hoạch 31.pdf");
        Files.write(file, TestDocuments.pdf("Ke hoach 31"));
        editor.addDocument(file, "31/KH-SLĐTBXH", "Sở Nội vụ", null);
        assertEquals(List.of("Kế hoạch 31.pdf"), editor.documentFiles(), Browser.shown(browser));
        List<Rule> violations = Browser.violations(browser);
        assertTrue(violations.isEmpty(), "editor with a document:" + Browser.describe(violations));

        // Publishing without the abstract is refused at the document's own field, and nothing is lost.
        editor.publish();
        assertTrue(editor.message().contains("Chưa đăng:"), editor.message());
        assertTrue(Browser.shown(browser).contains("Văn bản cần có trích yếu trước khi đăng."), Browser.shown(browser));
        org.openqa.selenium.WebElement summaryLink = browser.findElement(By.cssSelector("a[href='#van-ban:0:document-abstract']"));
        summaryLink.click();
        org.openqa.selenium.WebElement abstractField = browser.switchTo().activeElement();
        assertEquals("van-ban:0:document-abstract", abstractField.getAttribute("id"), "the summary leads to the field");
        abstractField.sendKeys("Tổ chức thi nghề cho lao động nông thôn");
        editor.publish();
        assertEquals(List.of("Kế hoạch số 31/KH-SLĐTBXH (PDF, 1 KB)"),
                page("/tin-tuc/lich-thi-nghe-lao-dong-nong-thon").select(".document-title a").eachText());
    }
}
