package vn.bantin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;

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
 * The portal attacked from the open internet, each attack written as a test: forged cross-site
 * requests against signed-in staff, forged hosts against the page cache, markup smuggled into
 * JSON-LD, return addresses leading off the site, paths that name something else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final String EVIL = "http://evil.example";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    private String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    private static Map<String, String> newAccount(String username, String role) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("nguoi-dung:new-username", username);
        fields.put("nguoi-dung:new-name", "Tài khoản " + username);
        fields.put("nguoi-dung:new-password", "Mat-khau-ke-gian-2026");
        fields.put("nguoi-dung:new-roles", role);
        return fields;
    }

    /** The editor's fields for a new bulletin in the first section. */
    private static Map<String, String> editorFields(String title, String lead, String body, String author) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("slug", "");
        fields.put("category", "1");
        fields.put("lead", lead);
        fields.put("body", body);
        fields.put("author", author);
        return fields;
    }

    private static boolean listed(StaffClient admin, String username) {
        return admin.page("/admin/nguoi-dung.xhtml").select("legend").eachText().stream()
                .anyMatch(text -> text.startsWith(username));
    }

    @Test
    void forged_cross_site_requests_create_no_account_while_the_same_site_form_does() {
        StaffClient admin = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        String victimPort = Integer.toString(base.getPort());

        // An auto-submitting form on another site, even with a view state of the admin's own page.
        HttpResponse<String> byOrigin = admin.postForm("/admin/nguoi-dung.xhtml", "nguoi-dung",
                newAccount("keGian1" + victimPort, "ADMIN"), "nguoi-dung:create", "Origin", EVIL);
        assertEquals(403, byOrigin.statusCode());
        assertTrue(Jsoup.parse(byOrigin.body()).text().contains("trang web khác"), "the refusal says why");
        HttpResponse<String> byReferer = admin.postForm("/admin/nguoi-dung.xhtml", "nguoi-dung",
                newAccount("keGian2" + victimPort, "ADMIN"), "nguoi-dung:create", "Referer", EVIL + "/trap.html");
        assertEquals(403, byReferer.statusCode());
        HttpResponse<String> nullOrigin = admin.postForm("/admin/nguoi-dung.xhtml", "nguoi-dung",
                newAccount("keGian3" + victimPort, "ADMIN"), "nguoi-dung:create", "Origin", "null");
        assertEquals(403, nullOrigin.statusCode(), "a sandboxed frame's opaque origin is not this site");

        // One link: the form's fields in a GET query.
        Map<String, String> linkFields = StaffClient.formFields("nguoi-dung", newAccount("keGian4" + victimPort, "ADMIN"),
                "nguoi-dung:create", StaffClient.viewState(admin.page("/admin/nguoi-dung.xhtml")));
        HttpResponse<String> byLink = admin.send(HttpRequest.newBuilder(
                Portal.resolve(base, "/admin/nguoi-dung.xhtml?" + StaffClient.urlEncoded(linkFields))).GET().build());
        assertEquals(400, byLink.statusCode());

        for (int n = 1; n <= 4; n++) {
            assertFalse(listed(admin, "kegian" + n + victimPort), "no account from forgery " + n);
        }

        // The portal's own page, sent by a browser (Origin of this site), still works.
        HttpResponse<String> own = admin.postForm("/admin/nguoi-dung.xhtml", "nguoi-dung",
                newAccount("phongvien" + victimPort, "AUTHOR"), "nguoi-dung:create", "Origin", origin());
        assertEquals(200, own.statusCode());
        assertTrue(Jsoup.parse(own.body()).select(".form-messages").text().contains("Đã tạo tài khoản."), own.body());
    }

    @Test
    void a_view_state_from_another_session_does_nothing_in_an_editors_session() {
        StaffClient admin = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        String author = "tacgia" + base.getPort();
        admin.postForm("/admin/nguoi-dung.xhtml", "nguoi-dung", newAccount(author, "AUTHOR"), "nguoi-dung:create");
        StaffClient attacker = new StaffClient(base, author, "Mat-khau-ke-gian-2026");
        Document attackersPage = attacker.page("/admin/ban-tin.xhtml");
        String attackersState = StaffClient.viewState(attackersPage);

        String title = "Bản tin giả mạo " + base.getPort();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("bien-tap", "bien-tap");
        fields.putAll(editorFields(title, "Tóm tắt giả mạo.", "<p>Nội dung giả mạo.</p>", ""));
        fields.put("publish", "publish");
        fields.put("primefaces.nonce", StaffClient.nonce(attackersPage));
        fields.put("jakarta.faces.ViewState", attackersState);
        HttpResponse<String> replayed = admin.postMultipart("/admin/ban-tin.xhtml", fields, null, null);
        assertEquals(400, replayed.statusCode(), "the state belongs to another session");
        assertTrue(Jsoup.parse(replayed.body()).text().contains("không thuộc phiên làm việc"), "and the page says so");
        assertFalse(replayed.body().contains("Exception"), "no Java names");
        String found = Portal.get(base, "/api/v1/search?q=" + java.net.URLEncoder.encode("\"" + title + "\"",
                java.nio.charset.StandardCharsets.UTF_8)).body();
        try (var json = Json.createReader(new StringReader(found))) {
            assertEquals(0, json.readObject().getJsonArray("items").size(), "nothing was published: " + found);
        }
    }

    @Test
    void sign_in_and_sign_out_cannot_be_forged() {
        String signIn = "dang-nhap=dang-nhap&username=admin&password=x&sign-in=sign-in&jakarta.faces.ViewState=x";
        assertEquals(403, Portal.postForm(base, "/admin/dang-nhap.xhtml", signIn, "Origin", EVIL).statusCode());

        StaffClient admin = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        HttpResponse<String> forgedOut = admin.send(HttpRequest.newBuilder(Portal.resolve(base, "/admin/dang-xuat"))
                .header("Origin", EVIL).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(403, forgedOut.statusCode());
        assertNotNull(admin.page("/admin/").getElementById("bang"), "still signed in after a forged sign-out");
    }

    @Test
    void the_session_cookie_is_strict_same_site_http_only_and_never_taken_from_the_address() {
        String answer = Portal.raw(base, "GET", "/admin/");
        String cookie = answer.lines().filter(l -> l.regionMatches(true, 0, "Set-Cookie: JSESSIONID", 0, 22))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie:\n" + answer));
        assertTrue(cookie.toLowerCase().contains("samesite=strict"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(answer.contains("Cache-Control: no-store"), "back-office pages are not kept by browsers");

        StaffClient admin = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        String id = admin.cookieHeader().replaceAll(".*JSESSIONID=([^;]+).*", "$1");
        for (String path : List.of("/admin/;jsessionid=" + id, "/admin/index.xhtml;jsessionid=" + id)) {
            String byAddress = Portal.raw(base, "GET", path);
            assertTrue(Portal.status(byAddress) == 400 || byAddress.contains("id=\"dang-nhap\""), path + ":\n" + byAddress);
            assertFalse(byAddress.contains("id=\"bang\""), "a session id in the address is never used: " + path);
        }
    }

    @Test
    void a_forged_host_is_refused_and_never_reaches_the_cache_or_a_page() {
        for (String path : List.of("/sitemap.xml", "/rss", "/", Fixtures.CONFERENCE)) {
            String forged = Portal.raw(base, "GET", path, "Host: evil.example");
            assertEquals(400, Portal.status(forged), path);
            assertFalse(forged.toLowerCase().contains("evil.example"), "the forged name is not written back");
            String broken = Portal.raw(base, "GET", path, "Host: x<!--<script>");
            assertEquals(400, Portal.status(broken), path);
            assertFalse(broken.contains("<!--<script>"));
        }
        String sitemap = Portal.get(base, "/sitemap.xml").body();
        assertFalse(sitemap.contains("evil.example"));
        assertTrue(sitemap.contains("<loc>" + origin() + "/tin-tuc/"), sitemap);

        // Another name of this machine gets its own cached copy, with its own addresses.
        String other = base.getHost().equals("localhost") ? "127.0.0.1" : "localhost";
        String viaOther = Portal.raw(base, "GET", "/sitemap.xml", "Host: " + other + ":" + base.getPort());
        assertEquals(200, Portal.status(viaOther));
        assertTrue(viaOther.contains("<loc>http://" + other + ":" + base.getPort() + "/"), viaOther);
        assertTrue(Portal.get(base, "/sitemap.xml").body().contains("<loc>" + origin() + "/"), "and not in this one's");
    }

    @Test
    void a_title_with_script_markup_stays_inside_the_json_ld_and_the_page_stays_whole() {
        StaffClient editor = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        String title = "Hội nghị </script><!--<script>alert(1)</script> & " + base.getPort();
        Map<String, String> fields = editorFields(title, "Tóm tắt có <!-- và </script> ở giữa.", "<p>Nội dung bản tin.</p>",
                "Tác giả </script>");
        HttpResponse<String> saved = editor.postEditor("/admin/ban-tin.xhtml", fields, "publish", null, null);
        Document editorPage = Jsoup.parse(saved.body());
        assertTrue(editorPage.select(".form-messages").text().contains("Đã đăng bản tin."), editorPage.select(".form-messages").text());
        String slug = editorPage.selectFirst("#slug").val();
        try {
            Document page = Jsoup.parse(Portal.get(base, "/tin-tuc/" + slug).body());
            Element script = page.selectFirst("script[type=application/ld+json]");
            assertNotNull(script);
            assertFalse(script.data().contains("<"), script.data());
            try (var json = Json.createReader(new StringReader(script.data()))) {
                assertEquals(title, json.readObject().getString("headline"));
            }
            assertEquals(title, page.selectFirst("article h1").text(), "the headline is on the page");
            assertNotNull(page.selectFirst("footer"), "the rest of the page was not swallowed");
            assertTrue(page.selectFirst("main").text().contains("Nội dung bản tin."));
        } finally {
            editor.postEditor(saved.uri().getPath() + "?" + saved.uri().getQuery(), fields, "archive", null, null);
        }
    }

    @Test
    void return_addresses_lead_only_to_this_site() {
        for (String attempt : List.of("/\u012fevil.example/p", "//evil.example/p", "/\\evil.example", "https://evil.example",
                "/%2F%2Fevil.example")) {
            HttpResponse<String> answer = Portal.postForm(base, "/ngon-ngu", "chon=en&tro-ve="
                    + java.net.URLEncoder.encode(attempt, java.nio.charset.StandardCharsets.UTF_8), "Origin", origin());
            assertEquals(303, answer.statusCode(), attempt);
            String location = answer.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith("/") && !location.startsWith("//") && !location.startsWith("/\\"),
                    attempt + " -> " + location);
            assertTrue(location.chars().allMatch(c -> c > 0x20 && c < 0x7f), "ASCII only: " + location);
            HttpResponse<String> textSize = Portal.postForm(base, "/co-chu", "doi=tang&tro-ve="
                    + java.net.URLEncoder.encode(attempt, java.nio.charset.StandardCharsets.UTF_8));
            String sizeLocation = textSize.headers().firstValue("Location").orElseThrow();
            assertFalse(sizeLocation.startsWith("//") || sizeLocation.contains(":"), attempt + " -> " + sizeLocation);
        }
        assertEquals(403, Portal.postForm(base, "/co-chu", "doi=tang&tro-ve=/", "Origin", EVIL).statusCode(),
                "preference forms too refuse other sites' posts");
    }

    @Test
    void paths_that_name_something_else_are_refused_before_the_cache_sees_them() {
        StaffClient admin = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        HttpResponse<String> asAdmin = admin.send(HttpRequest.newBuilder(
                Portal.resolve(base, "/rss/..%2fadmin/ma-api.xhtml?c=1")).GET().build());
        assertEquals(400, asAdmin.statusCode());
        assertFalse(asAdmin.body().contains("id=\"ma-api\""), "no back-office page");
        // Anonymous readers of the same addresses: refused, or (where the address ends in the back
        // office, whose sign-in check comes before any filter) the sign-in form; never a cached
        // back-office page.
        String script = Portal.raw(base, "GET", "/tin-tuc/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertEquals(400, Portal.status(script));
        assertFalse(script.contains("<script>alert"), "nothing reflected");
        for (String path : List.of("/rss/..%2fadmin/ma-api.xhtml?c=1", "/rss/%2e%2e/admin/", "/tin-tuc/..%5c..%5cadmin",
                "/admin/..%2frss", "/tin-tuc/../rss")) {
            String answer = Portal.raw(base, "GET", path);
            assertTrue(Portal.status(answer) == 400 || answer.contains("id=\"dang-nhap\""), path + ":\n" + answer);
            assertFalse(answer.contains("id=\"ma-api\"") || answer.contains("<rss"), "not what the address pretends: " + path);
        }
    }

    @Test
    void pages_say_how_browsers_must_treat_them() {
        HttpResponse<String> home = Portal.get(base, "/");
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("strict-origin-when-cross-origin", home.headers().firstValue("Referrer-Policy").orElse(""));
        assertFalse(home.headers().firstValue("Strict-Transport-Security").isPresent(), "not over plain HTTP");
        HttpResponse<String> feed = Portal.get(base, "/rss");
        assertEquals("nosniff", feed.headers().firstValue("X-Content-Type-Options").orElse(""));
        for (String path : List.of("/", Fixtures.CONFERENCE, "/tim-kiem?q=hoi")) {
            List<String> policies = Portal.get(base, path).headers().allValues("Content-Security-Policy");
            assertFalse(policies.isEmpty(), path);
            for (String policy : policies) {
                assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe"), path + ": " + policy);
                assertTrue(policy.contains("object-src 'none'") && policy.contains("base-uri 'none'")
                        && policy.contains("form-action 'self'") && policy.contains("frame-ancestors 'none'"), policy);
            }
        }
        String signIn = Portal.raw(base, "GET", "/admin/");
        String adminPolicy = signIn.lines().filter(l -> l.startsWith("Content-Security-Policy:")).findFirst().orElse("");
        assertTrue(adminPolicy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), "back office: " + adminPolicy);
        assertTrue(adminPolicy.contains("frame-ancestors 'none'"), adminPolicy);
        assertTrue(signIn.contains("X-Frame-Options: DENY"));
    }

    @Test
    void nothing_technical_is_public() {
        for (String path : List.of("/metrics", "/metrics/base", "/metrics/vendor")) {
            HttpResponse<String> metrics = Portal.get(base, path, "Accept", "text/plain");
            assertTrue(metrics.statusCode() == 403 || metrics.statusCode() == 404, path + ": " + metrics.statusCode());
            assertFalse(metrics.body().toLowerCase().contains("heap") || metrics.body().contains("# TYPE"), path);
        }
        HttpResponse<String> wadl = Portal.get(base, "/api/application.wadl");
        assertEquals(404, wadl.statusCode());
        assertFalse(wadl.body().contains("<application"), "no description of the server's resources");
        assertEquals(200, Portal.get(base, "/health/ready").statusCode(), "readiness stays public");
    }

    @Test
    void control_characters_are_refused_at_input_next_to_their_field() throws Exception {
        for (String bad : List.of("\u0001", "\uFFFE", "\uFFFF")) {
            String json = Json.createObjectBuilder().add("title", "Tiêu đề " + bad + " lạ").add("category", "thoi-su")
                    .add("lead", "Tóm tắt").add("body", "<p>x</p>").build().toString();
            HttpResponse<String> refused = api("POST", "/api/v1/bulletins", json);
            assertEquals(422, refused.statusCode(), refused.body());
            try (var reader = Json.createReader(new StringReader(refused.body()))) {
                var errors = reader.readObject().getJsonArray("errors");
                assertEquals("title", errors.getJsonObject(0).getString("field"), refused.body());
                assertTrue(errors.getJsonObject(0).getString("detail").contains("ký tự điều khiển"), refused.body());
            }
        }
        // A lone surrogate cannot travel in UTF-8 JSON; escaped, it can.
        HttpResponse<String> surrogate = api("POST", "/api/v1/bulletins",
                "{\"title\":\"Tiêu đề \\ud800 lạ\",\"category\":\"thoi-su\"}");
        assertEquals(422, surrogate.statusCode(), surrogate.body());

        StaffClient editor = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        HttpResponse<String> saved = editor.postEditor("/admin/ban-tin.xhtml",
                editorFields("Tiêu đề \u0001 lạ", "Tóm tắt", "<p>x</p>", ""), "save", null, null);
        assertEquals(200, saved.statusCode());
        Document page = Jsoup.parse(saved.body());
        assertNotNull(page.getElementById("title-error"), "the message stands next to the title");
        assertTrue(page.getElementById("title-error").text().contains("ký tự điều khiển"));
        String kept = page.getElementById("title").val();
        assertTrue(kept.startsWith("Tiêu đề") && kept.endsWith("lạ"), "and what was typed is kept: " + kept);
    }

    private HttpResponse<String> api(String method, String path, String json) throws Exception {
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + Fixtures.ADMIN_PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(Portal.resolve(base, path)).header("Authorization", auth)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void malformed_input_gets_a_client_error_never_a_server_error() throws Exception {
        String slug = Fixtures.CONFERENCE.substring("/tin-tuc/".length());
        for (String version : List.of("1.5", "1e400", "\"1\"", "-9223372036854775809")) {
            HttpResponse<String> put = api("PUT", "/api/v1/bulletins/" + slug,
                    "{\"title\":\"Tiêu đề\",\"category\":\"thoi-su\",\"version\":" + version + "}");
            assertEquals(422, put.statusCode(), version + ": " + put.body());
            assertTrue(put.body().contains("\"version\""), "names the field: " + put.body());
        }
        HttpResponse<String> deep = api("POST", "/api/v1/bulletins", "[".repeat(200_000) + "]".repeat(200_000));
        assertEquals(400, deep.statusCode(), "nested 200,000 deep");
        assertTrue(deep.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        String huge = Portal.raw(base, "POST", "/api/v1/bulletins", "Content-Type: application/json",
                "Content-Length: " + (64L * 1024 * 1024 + 1));
        assertEquals(413, Portal.status(huge), "refused before a byte of the body is read");
        // Without a length (chunked), the body is cut off as it passes the limit.
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + Fixtures.ADMIN_PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> chunked = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build().send(HttpRequest.newBuilder(Portal.resolve(base, "/api/v1/bulletins")).header("Authorization", auth)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.InputStream() {
                            private long left = 65L * 1024 * 1024;

                            @Override
                            public int read() {
                                return left-- > 0 ? ' ' : -1;
                            }

                            @Override
                            public int read(byte[] buffer, int offset, int length) {
                                if (left <= 0) {
                                    return -1;
                                }
                                int n = (int) Math.min(length, left);
                                java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
                                left -= n;
                                return n;
                            }
                        })).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), "a chunked body past 64 MB: " + chunked.body());

        for (String path : List.of("/", "/tim-kiem?q=hoi+nghi", Fixtures.CONFERENCE)) {
            HttpResponse<String> odd = Portal.get(base, path, "Accept-Language", "xx;q=abc");
            assertEquals(200, odd.statusCode(), path);
            assertEquals("vi", Jsoup.parse(odd.body()).selectFirst("html").attr("lang"));
        }
        for (String date : List.of("%2B999999999-01-01", "-999999999-01-01", "0000-01-01", "31/02/2026")) {
            HttpResponse<String> search = Portal.get(base, "/tim-kiem?q=hoi&tu=" + date);
            assertEquals(400, search.statusCode(), date);
            assertTrue(Jsoup.parse(search.body()).text().contains("ngày/tháng/năm"), "says how to write a date");
        }
        HttpResponse<String> bad = Portal.get(base, "/api/v1/search?q=hoi&tu=%2B999999999-01-01");
        assertTrue(bad.statusCode() == 400 || bad.statusCode() == 200, "the API search ignores or refuses it: " + bad.statusCode());
    }

    @Test
    void pictures_follow_their_bulletin_readers_see_only_those_of_published_ones() throws Exception {
        String picture = java.util.Base64.getEncoder().encodeToString(vn.bantin.media.TestImages.jpegWithExif(320, 180));
        var draft = Json.createObjectBuilder().add("title", "Bản nháp có ảnh " + base.getPort()).add("category", "thoi-su")
                .add("lead", "Tóm tắt.").add("body", "<p>Nội dung.</p>").add("status", "draft")
                .add("figures", Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", picture)
                        .add("alt", "Quang cảnh hội trường").add("caption", "Các đại biểu dự Hội nghị")));
        HttpResponse<String> created = api("POST", "/api/v1/bulletins", draft.build().toString());
        assertEquals(201, created.statusCode(), created.body());
        jakarta.json.JsonObject bulletin;
        try (var reader = Json.createReader(new StringReader(created.body()))) {
            bulletin = reader.readObject();
        }
        String slug = bulletin.getString("slug");
        String src = bulletin.getJsonArray("figures").getJsonObject(0).getString("src");
        assertEquals(404, Portal.get(base, src).statusCode(), "a draft's picture is not public");
        long id = Long.parseLong(src.replaceAll("\\D", ""));
        assertEquals(404, Portal.get(base, src.replace(Long.toString(id), Long.toString(id + 1))).statusCode());

        StaffClient editor = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        HttpResponse<String> staff = editor.send(HttpRequest.newBuilder(Portal.resolve(base, "/admin" + src)).GET().build());
        assertEquals(200, staff.statusCode(), "staff see it through the back office");
        assertTrue(staff.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertFalse(Portal.getBytes(base, "/admin" + src).headers().firstValue("Content-Type").orElse("").startsWith("image/"),
                "never without signing in");

        HttpResponse<String> published = api("PUT", "/api/v1/bulletins/" + slug, Json.createObjectBuilder()
                .add("title", bulletin.getString("title")).add("category", "thoi-su").add("lead", "Tóm tắt.")
                .add("body", "<p>Nội dung.</p>").add("status", "published").add("version", bulletin.getJsonNumber("version"))
                .build().toString());
        assertEquals(200, published.statusCode(), published.body());
        assertEquals(200, Portal.getBytes(base, src).statusCode(), "published: readers see it");

        assertEquals(200, api("DELETE", "/api/v1/bulletins/" + slug, "").statusCode());
        assertEquals(404, Portal.get(base, src).statusCode(), "withdrawn: gone with its bulletin");
    }

    @Test
    void a_bulletin_takes_at_most_thirty_pictures() throws Exception {
        String picture = java.util.Base64.getEncoder().encodeToString(vn.bantin.media.TestImages.jpegWithExif(40, 30));
        var figures = Json.createArrayBuilder();
        for (int i = 0; i < 31; i++) {
            figures.add(Json.createObjectBuilder().add("data", picture).add("alt", "Ảnh thứ " + (i + 1)));
        }
        HttpResponse<String> tooMany = api("POST", "/api/v1/bulletins", Json.createObjectBuilder()
                .add("title", "Ba mươi mốt ảnh").add("category", "thoi-su").add("figures", figures).build().toString());
        assertEquals(422, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("\"figures\"") && tooMany.body().contains("30 ảnh"), tooMany.body());
    }

    @Test
    void the_archive_copy_is_made_once_per_version_and_revalidated_by_its_tag() {
        String pdf = "/luu-tru/" + Fixtures.CONFERENCE.substring("/tin-tuc/".length()) + ".pdf";
        HttpResponse<byte[]> first = Portal.getBytes(base, pdf);
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
        HttpResponse<byte[]> second = Portal.getBytes(base, pdf);
        assertEquals(etag, second.headers().firstValue("ETag").orElse(""));
        assertTrue(java.util.Arrays.equals(first.body(), second.body()), "the same copy, not a new rendering");
        HttpResponse<String> revalidated = Portal.get(base, pdf, "If-None-Match", etag);
        assertEquals(304, revalidated.statusCode());
        assertEquals("", revalidated.body());
    }

    @Test
    void forwarded_headers_are_ignored_unless_the_proxy_is_trusted() {
        String answer = Portal.raw(base, "GET", "/sitemap.xml?proxy=1", "X-Forwarded-Host: evil.example",
                "X-Forwarded-Proto: https", "Forwarded: host=evil.example;proto=https");
        assertEquals(200, Portal.status(answer));
        assertFalse(answer.contains("evil.example"), "the client's claim is not written anywhere");
        assertFalse(answer.contains("Strict-Transport-Security"), "nor believed about HTTPS");
    }

    @Test
    void an_ajax_request_with_a_broken_view_state_names_no_java_class() {
        StaffClient admin = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        Document table = admin.page("/admin/");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "bang:ban-tin");
        fields.put("jakarta.faces.partial.execute", "bang:ban-tin");
        fields.put("jakarta.faces.partial.render", "bang:ban-tin");
        fields.put("bang:ban-tin_pagination", "true");
        fields.put("bang:ban-tin_first", "3");
        fields.put("bang:ban-tin_rows", "3");
        fields.put("primefaces.nonce", StaffClient.nonce(table));
        for (String state : List.of("x", "-1:-1", "", "A".repeat(5000))) {
            HttpResponse<String> answer = admin.send(HttpRequest.newBuilder(Portal.resolve(base, "/admin/index.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax")
                    .POST(HttpRequest.BodyPublishers.ofString(StaffClient.urlEncoded(
                            StaffClient.formFields("bang", fields, "bang:ban-tin", state)))).build());
            assertTrue(answer.statusCode() < 500, state.length() + ": " + answer.statusCode());
            assertFalse(answer.body().contains("Exception") || answer.body().contains("java."),
                    "no Java names: " + answer.body());
        }
    }
}
