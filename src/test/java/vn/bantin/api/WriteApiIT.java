package vn.bantin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.bantin.media.TestImages;
import vn.bantin.testing.Fixtures;
import vn.bantin.testing.Portal;
import vn.bantin.testing.StaffClient;

/** The write API for migrations and integrations: credentials, roles, validation, versions. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WriteApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String json, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Portal.resolve(base, path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String editor() {
        return basic("admin", Fixtures.ADMIN_PASSWORD);
    }

    private static String image() throws Exception {
        return Base64.getEncoder().encodeToString(TestImages.jpegWithExif(320, 180));
    }

    @Test
    void writing_needs_an_editor_or_admin_account() throws Exception {
        String draft = "{\"title\":\"Không được phép\",\"category\":\"thoi-su\"}";
        HttpResponse<String> anonymous = send("POST", "/api/v1/bulletins", draft, null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(401, send("POST", "/api/v1/bulletins", draft, basic("admin", "sai-mat-khau")).statusCode());
        assertEquals(401, send("POST", "/api/v1/bulletins", draft, "Bearer khong-co-token").statusCode());
        StaffClient.ensureAuthor(base);
        HttpResponse<String> author = send("POST", "/api/v1/bulletins", draft, basic(Fixtures.AUTHOR, Fixtures.AUTHOR_PASSWORD));
        assertEquals(403, author.statusCode(), "an AUTHOR cannot use the write API: " + author.body());
        assertEquals(401, send("DELETE", "/api/v1/bulletins/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-muoi-hai", null, null)
                .statusCode());
    }

    @Test
    void a_migrated_bulletin_is_created_updated_with_its_version_and_archived() throws Exception {
        String title = "Bản tin chuyển từ cổng cũ " + base.getPort();
        String create = Json.createObjectBuilder()
                .add("title", title)
                .add("lead", "Tóm tắt chuyển từ cổng cũ.")
                .add("body", "<p>Nội dung <script>alert(1)</script></p><h2>Mục</h2>")
                .add("author", "Ban biên tập")
                .add("category", Json.createObjectBuilder().add("slug", "kinh-te").add("name", "Kinh tế"))
                .add("status", "draft")
                .add("figures", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("data", image()).add("alt", "Toàn cảnh khu công nghiệp nhìn từ trên cao")
                        .add("caption", "Khu công nghiệp phía Bắc").add("credit", "Ảnh: Tư liệu").add("decorative", false)))
                .build().toString();
        HttpResponse<String> created = send("POST", "/api/v1/bulletins", create, editor());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject bulletin = json(created.body());
        String slug = bulletin.getString("slug");
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/bulletins/" + slug));
        assertEquals("/tin-tuc/" + slug, bulletin.getString("url"));
        assertFalse(bulletin.getString("body").contains("script"), "sanitised like the editor");
        assertEquals(404, Portal.get(base, "/tin-tuc/" + slug).statusCode(), "a draft stays hidden");
        long version = bulletin.getJsonNumber("version").longValue();

        String publish = Json.createObjectBuilder().add("title", title).add("lead", "Tóm tắt đã sửa.")
                .add("body", "<p>Nội dung đã sửa.</p>").add("category", "kinh-te").add("status", "published")
                .add("version", version).build().toString();
        HttpResponse<String> updated = send("PUT", "/api/v1/bulletins/" + slug, publish, editor());
        assertEquals(200, updated.statusCode(), updated.body());
        var page = Jsoup.parse(Portal.get(base, "/tin-tuc/" + slug).body());
        assertEquals(title, page.selectFirst("h1").text());
        assertEquals("Toàn cảnh khu công nghiệp nhìn từ trên cao", page.selectFirst("article figure img").attr("alt"),
                "figures kept when the update sends none");
        byte[] served = Portal.getBytes(base, page.selectFirst("article figure img").attr("src")).body();
        assertFalse(TestImages.contains(served, "GPS"), "no camera metadata");

        HttpResponse<String> stale = send("PUT", "/api/v1/bulletins/" + slug, publish, editor());
        assertEquals(409, stale.statusCode(), "the version read before is stale now: " + stale.body());
        HttpResponse<String> noVersion = send("PUT", "/api/v1/bulletins/" + slug,
                "{\"title\":\"x\",\"category\":\"kinh-te\"}", editor());
        assertEquals(422, noVersion.statusCode());
        assertTrue(noVersion.body().contains("\"version\""));

        HttpResponse<String> archived = send("DELETE", "/api/v1/bulletins/" + slug, null, editor());
        assertEquals(200, archived.statusCode(), archived.body());
        assertEquals(410, Portal.get(base, "/tin-tuc/" + slug).statusCode(), "archived: gone from the public");
        assertEquals(410, Portal.get(base, "/api/v1/bulletins/" + slug).statusCode(), "and from the read API");
        assertEquals(404, send("DELETE", "/api/v1/bulletins/khong-co-ban-tin", null, editor()).statusCode());
    }

    @Test
    void invalid_bulletins_get_422_listing_each_field_and_leave_nothing_behind() throws Exception {
        String title = "Bản tin thiếu mô tả ảnh " + base.getPort();
        String invalid = Json.createObjectBuilder()
                .add("title", title).add("lead", "").add("body", "<h2>a</h2><h4>b</h4>").add("category", "thoi-su")
                .add("status", "published")
                .add("figures", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("data", image()).add("caption", "Chú thích"))
                        .add(Json.createObjectBuilder().add("data", "không-phải-base64!").add("alt", "Mô tả")))
                .build().toString();
        HttpResponse<String> refused = send("POST", "/api/v1/bulletins", invalid, editor());
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        List<String> fields = json(refused.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("figures[0].alt", "figures[1].data")), fields.toString());

        String gated = Json.createObjectBuilder().add("title", title).add("lead", "")
                .add("body", "<h2>a</h2><h4>b</h4>").add("category", "thoi-su").add("status", "published").build().toString();
        HttpResponse<String> gate = send("POST", "/api/v1/bulletins", gated, editor());
        assertEquals(422, gate.statusCode(), gate.body());
        List<String> gateFields = json(gate.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(gateFields.containsAll(List.of("lead", "body")), gateFields.toString());
        String slug = vn.bantin.text.VietnameseText.slug(title);
        assertEquals(404, send("DELETE", "/api/v1/bulletins/" + slug, null, editor()).statusCode(),
                "a refused request leaves no bulletin behind");

        for (String malformed : List.of("{", "[]", "\"chuỗi\"", "", "{\"title\": 5, \"category\": []}",
                "{\"title\":\"" + "T".repeat(5000) + "\",\"category\":\"khong-co\",\"status\":\"live\"}")) {
            HttpResponse<String> answer = send("POST", "/api/v1/bulletins", malformed, editor());
            assertTrue(answer.statusCode() == 400 || answer.statusCode() == 422, malformed + " -> " + answer.statusCode());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
    }

    @Test
    void the_api_and_the_editor_refuse_a_field_in_the_same_words() throws Exception {
        String taken = "{\"title\":\"Trùng đường dẫn\",\"slug\":\"" + Fixtures.CONFERENCE.substring("/tin-tuc/".length()) + "\",\"category\":\"thoi-su\"}";
        Map<String, String> slugTaken = errors(send("POST", "/api/v1/bulletins", taken, editor()));
        assertEquals(Map.of("slug", "Đường dẫn này đã có bản tin khác dùng."), slugTaken);

        String tooLong = "{\"title\":\"" + "T".repeat(301) + "\",\"slug\":\"Sai Dạng\",\"category\":\"thoi-su\"}";
        Map<String, String> fields = errors(send("POST", "/api/v1/bulletins", tooLong, editor()));
        assertEquals("Tiêu đề dài quá 300 ký tự.", fields.get("title"), fields.toString());
        assertEquals("Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.", fields.get("slug"), fields.toString());

        // The same draft typed into the editor: the same sentence beside the same field.
        StaffClient admin = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        var form = Jsoup.parse(admin.postEditor("/admin/ban-tin.xhtml", Map.of("title", "T".repeat(301),
                "slug", "Sai Dạng", "category", "1", "lead", "", "body", "", "author", ""), "save", null, null).body());
        assertEquals(fields.get("title"), form.selectFirst("#title-error").text());
        assertEquals(fields.get("slug"), form.selectFirst("#slug-error").text());
    }

    private static Map<String, String> errors(HttpResponse<String> refused) {
        assertEquals(422, refused.statusCode(), refused.body());
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        for (JsonObject error : json(refused.body()).getJsonArray("errors").getValuesAs(JsonObject.class)) {
            errors.put(error.getString("field"), error.getString("detail"));
        }
        return errors;
    }

    @Test
    void personal_tokens_work_until_revoked() throws Exception {
        StaffClient admin = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        HttpResponse<String> created = admin.postForm("/admin/ma-api.xhtml", "ma-api",
                Map.of("token-name", "Chuyển dữ liệu cổng cũ"), "create-token");
        var page = Jsoup.parse(created.body());
        String token = page.selectFirst("#token-value").text();
        assertTrue(token.startsWith("bt_") && token.length() > 40, token);

        String draft = "{\"title\":\"Bản tin qua mã API " + base.getPort() + "\",\"category\":\"thoi-su\"}";
        HttpResponse<String> withToken = send("POST", "/api/v1/bulletins", draft, "Bearer " + token);
        assertEquals(201, withToken.statusCode(), withToken.body());

        var list = admin.page("/admin/ma-api.xhtml");
        String revokeButton = list.select("input[type=submit]").stream()
                .filter(b -> b.val().equals("Thu hồi mã Chuyển dữ liệu cổng cũ")).findFirst().orElseThrow().attr("name");
        admin.postForm("/admin/ma-api.xhtml", "ma-api", Map.of("token-name", ""), revokeButton);
        assertEquals(401, send("POST", "/api/v1/bulletins", draft, "Bearer " + token).statusCode(), "revoked");
        assertFalse(admin.page("/admin/ma-api.xhtml").html().contains(token), "the token is never shown again");
    }
}
