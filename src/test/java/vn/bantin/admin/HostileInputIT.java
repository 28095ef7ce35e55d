package vn.bantin.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import vn.bantin.testing.Fixtures;
import vn.bantin.testing.Portal;
import vn.bantin.testing.StaffClient;

/**
 * A corpus of hostile inputs sent through the back-office editor as a signed-in editor: every
 * answer is a clean save or a clear refusal (never a server error), and the public page never
 * carries what was dangerous.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    static final List<String> HOSTILE_BODIES = List.of(
            "<p>a</p><script>alert('x')</script>",
            "<p onclick=\"alert(1)\" onmouseover=alert(2)>b</p>",
            "<a href=\"javascript:alert(1)\">liên kết</a><a href=\"JaVaScRiPt:alert(1)\">hoa</a>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>",
            "<img src=x onerror=alert(1)><iframe src=\"https://evil.example\"></iframe>",
            "<p style=\"background:url(javascript:alert(1))\">c</p><style>body{display:none}</style>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">d</a>",
            "<math><mi xlink:href=\"javascript:alert(1)\">e</mi></math><object data=\"x.swf\"></object>",
            "<p>\"><script>alert(1)</script></p><!--<script>alert(1)</script>-->",
            "<form action=\"https://evil.example\"><input name=q></form><base href=\"https://evil.example/\">");

    /** No active element, no event handler, no style, no link or source to a script or data URL. */
    private static void assertSafe(Element typed, String from) {
        assertTrue(typed.select("script, iframe, svg, style, object, embed, form, input, base, math, img, link, meta")
                .isEmpty(), "an active element from " + from + ":\n" + typed.outerHtml());
        for (Element element : typed.getAllElements()) {
            for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase();
                String value = attribute.getValue().toLowerCase().replaceAll("\\s", "");
                assertFalse(name.startsWith("on") || name.equals("style"), name + " from " + from);
                assertFalse(value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:"),
                        name + "=" + value + " from " + from);
            }
        }
    }

    private Map<String, String> fields(String title, String lead, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("slug", "");
        fields.put("category", "1");
        fields.put("lead", lead);
        fields.put("body", body);
        fields.put("author", "<b onmouseover=alert(1)>Tác giả</b>");
        return fields;
    }

    @Test
    void hostile_html_is_cleaned_before_it_is_stored_and_never_reaches_readers() {
        StaffClient editor = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        int n = 0;
        for (String body : HOSTILE_BODIES) {
            n++;
            String title = "Thử nội dung độc hại " + n + " <script>alert(" + n + ")</script> " + base.getPort();
            HttpResponse<String> saved = editor.postEditor("/admin/ban-tin.xhtml",
                    fields(title, "Tóm tắt <img src=x onerror=alert(1)>", body), "publish", null, null);
            assertEquals(200, saved.statusCode(), body);
            Document page = Jsoup.parse(saved.body());
            assertTrue(page.select(".form-messages").text().contains("Đã đăng bản tin."), body + " -> " + page.select(".form-messages").text());
            String slug = page.selectFirst("#slug").val();

            HttpResponse<String> reader = Portal.get(base, "/tin-tuc/" + slug);
            assertEquals(200, reader.statusCode());
            Element article = Jsoup.parse(reader.body()).selectFirst("article.bulletin");
            for (Element typed : article.select("h1, .bulletin-lead, .bulletin-body, .bulletin-author")) {
                assertSafe(typed, body);
            }
            assertTrue(article.selectFirst("h1").text().contains("<script>alert(" + n + ")</script>"),
                    "a title is text: shown as typed, never run");
            try (var json = jakarta.json.Json.createReader(new java.io.StringReader(
                    Portal.get(base, "/api/v1/bulletins/" + slug).body()))) {
                assertSafe(Jsoup.parseBodyFragment(json.readObject().getString("body")).body(), body);
            }
            // Archived again, so that other tests find the demo's newest bulletins where they were.
            HttpResponse<String> archived = editor.postEditor(saved.uri().getPath() + "?" + saved.uri().getQuery(),
                    fields(title, "Tóm tắt", body), "archive", null, null);
            assertEquals(410, Portal.get(base, "/tin-tuc/" + slug).statusCode(), "archived: " + archived.statusCode());
        }
    }

    @Test
    void overlong_fields_and_broken_input_get_a_clear_answer_not_a_server_error() {
        StaffClient editor = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        HttpResponse<String> longTitle = editor.postEditor("/admin/ban-tin.xhtml",
                fields("T".repeat(10_000), "Tóm tắt", "<p>x</p>"), "save", null, null);
        assertEquals(200, longTitle.statusCode());
        Document page = Jsoup.parse(longTitle.body());
        assertEquals("Tiêu đề dài quá 300 ký tự.", page.selectFirst("#title-error").text());
        assertEquals(10_000, page.selectFirst("#title").val().length(), "what was typed stays in the form");

        HttpResponse<String> longLead = editor.postEditor("/admin/ban-tin.xhtml",
                fields("Tóm tắt quá dài " + base.getPort(), "L".repeat(50_000), "<p>x</p>"), "save", null, null);
        assertEquals(200, longLead.statusCode());
        assertTrue(Jsoup.parse(longLead.body()).selectFirst("#lead-error").text().contains("2000"));

        HttpResponse<String> badSlug = editor.postEditor("/admin/ban-tin.xhtml",
                Map.of("title", "Đường dẫn lạ", "slug", "../../etc/passwd", "category", "1", "lead", "", "body", "",
                        "author", ""), "save", null, null);
        assertEquals(200, badSlug.statusCode());
        assertTrue(Jsoup.parse(badSlug.body()).selectFirst("#slug-error") != null);

        HttpResponse<String> noSuchCategory = editor.postEditor("/admin/ban-tin.xhtml",
                Map.of("title", "Chuyên mục lạ", "slug", "", "category", "999999", "lead", "", "body", "", "author", ""),
                "save", null, null);
        assertTrue(noSuchCategory.statusCode() < 500, "status " + noSuchCategory.statusCode());

        // Bytes that are not UTF-8, sent as plain fields to the editor's multipart form (it has a
        // file field): the server reads them with replacement characters, never fails.
        Document editorPage = editor.page("/admin/ban-tin.xhtml");
        String state = StaffClient.viewState(editorPage);
        byte[] broken = ("bien-tap=bien-tap&title=Ti%C3%AA%FF%FE%C3&category=1&lead=&body=&author=&save=save"
                + "&primefaces.nonce=" + java.net.URLEncoder.encode(StaffClient.nonce(editorPage), StandardCharsets.UTF_8)
                + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> brokenUtf8 = editor.send(HttpRequest.newBuilder(Portal.resolve(base, "/admin/ban-tin.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(broken)).build());
        assertTrue(brokenUtf8.statusCode() < 500, "status " + brokenUtf8.statusCode());
    }

    @Test
    void fake_oversized_and_huge_uploads_are_refused_with_a_message() throws Exception {
        StaffClient editor = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        HttpResponse<String> created = editor.postEditor("/admin/ban-tin.xhtml",
                fields("Thử tải ảnh xấu " + base.getPort(), "Tóm tắt", "<p>x</p>"), "save", null, null);
        String path = "/admin/ban-tin.xhtml?id=" + created.uri().getQuery().replaceAll(".*id=", "");
        Map<String, String> withAlt = new LinkedHashMap<>(fields("Thử tải ảnh xấu " + base.getPort(), "Tóm tắt", "<p>x</p>"));
        withAlt.put("new-alt", "Mô tả ảnh");

        HttpResponse<String> fake = editor.postEditor(path, withAlt, "upload",
                "<?php echo 'not an image'; ?>".getBytes(StandardCharsets.UTF_8), "anh.jpg");
        assertEquals(200, fake.statusCode());
        assertEquals("Tệp này không phải ảnh JPEG, PNG hay WebP.", Jsoup.parse(fake.body()).selectFirst("#new-image-error").text());

        HttpResponse<String> svg = editor.postEditor(path, withAlt, "upload",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8),
                "anh.png");
        assertTrue(Jsoup.parse(svg.body()).selectFirst("#new-image-error").text().contains("không phải ảnh"));

        byte[] eleven = new byte[11 * 1024 * 1024];
        eleven[0] = (byte) 0xFF;
        eleven[1] = (byte) 0xD8;
        eleven[2] = (byte) 0xFF;
        HttpResponse<String> tooBig = editor.postEditor(path, withAlt, "upload", eleven, "lon.jpg");
        assertEquals(200, tooBig.statusCode());
        assertTrue(Jsoup.parse(tooBig.body()).selectFirst("#new-image-error").text().contains("10 MB"));

        // A 30 MB request: answered from its headers alone, before the body would be read.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort()
                    + "\r\nCookie: " + editor.cookieHeader()
                    + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " + (30 * 1024 * 1024)
                    + "\r\n\r\n--x\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            for (int n; !received.toString(StandardCharsets.UTF_8).contains("</html>")
                    && (n = socket.getInputStream().read(buffer)) > 0; ) {
                received.write(buffer, 0, n);
            }
            String answer = received.toString(StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("10 MB"), "says what the limit is: " + answer);
        }
    }
}
