package vn.bantin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
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
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.bantin.testing.Fixtures;
import vn.bantin.testing.Portal;

/**
 * A bulletin brought in from an older portal keeps its dates and its old addresses: the write
 * API's publishedAt and updatedAt, legacyUrls answered with 301, and the import endpoint that
 * recognises a bulletin from one run to the next.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OriginalDatesAndAddressesIT {

    /** Never follows redirects: the 301 itself is what is tested. */
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Portal.resolve(base, path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + Fixtures.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(Portal.resolve(base, pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static JsonObjectBuilder bulletin(String title, String slug) {
        return Json.createObjectBuilder().add("title", title).add("slug", slug)
                .add("lead", "Tóm tắt: " + title).add("body", "<p>Nội dung: " + title + "</p>")
                .add("author", "Nguyễn Văn Phóng").add("category", "thoi-su").add("status", "published");
    }

    private static JsonArrayBuilder list(String... values) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (String value : values) {
            list.add(value);
        }
        return list;
    }

    /** The field names of a 422's errors, with their texts. */
    private static String errors(HttpResponse<String> answer) {
        return json(answer.body()).getJsonArray("errors").toString();
    }

    @Test
    void a_past_publication_time_is_the_bulletins_date_on_its_page_in_lists_feeds_sitemap_and_json_ld() throws Exception {
        String slug = "hoi-nghi-so-ket-thang-sau-2024";
        HttpResponse<String> created = send("POST", "/api/v1/bulletins", bulletin("Hội nghị sơ kết 6 tháng đầu năm 2024", slug)
                .add("publishedAt", "2024-06-24T08:00:00+07:00").add("updatedAt", "2024-06-25T16:30:00+07:00")
                .build().toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject answer = json(created.body());
        assertEquals(Instant.parse("2024-06-24T01:00:00Z"), OffsetDateTime.parse(answer.getString("publishedAt")).toInstant(),
                "the answer gives the original date, not today's");
        assertEquals(Instant.parse("2024-06-25T09:30:00Z"), OffsetDateTime.parse(answer.getString("updatedAt")).toInstant());

        Document page = Jsoup.parse(get("/tin-tuc/" + slug).body());
        String date = page.selectFirst(".bulletin-date").text();
        assertTrue(date.contains("24/06/2024"), "page shows the original date: " + date);
        assertTrue(date.contains("25/06/2024"), "and when it was updated: " + date);
        JsonObject ld = json(page.selectFirst("script[type=application/ld+json]").data());
        assertTrue(ld.getString("datePublished").startsWith("2024-06-24T08:00"), ld.toString());
        assertTrue(ld.getString("dateModified").startsWith("2024-06-25T16:30"), ld.toString());

        // Ordered by its date among the others: everything listed before it is newer.
        JsonArray items = json(get("/api/v1/bulletins?size=100").body()).getJsonArray("items");
        int at = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.getJsonObject(i).getString("slug").equals(slug)) {
                at = i;
            }
        }
        assertTrue(at > 0, "listed, and not first (the demo has newer bulletins): " + at);
        for (int i = 0; i < items.size(); i++) {
            Instant published = OffsetDateTime.parse(items.getJsonObject(i).getString("publishedAt")).toInstant();
            assertTrue(i < at ? !published.isBefore(Instant.parse("2024-06-24T01:00:00Z"))
                    : !published.isAfter(Instant.parse("2024-06-24T01:00:00Z")), "item " + i + " out of date order");
        }

        // Feeds carry the newest bulletins: one published a minute ago and updated since, as given.
        String recent = "ban-tin-vua-dang-co-cap-nhat";
        Instant published = Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant updated = published.plusSeconds(30);
        assertEquals(201, send("POST", "/api/v1/bulletins", bulletin("Bản tin vừa đăng có cập nhật", recent)
                .add("publishedAt", published.toString()).add("updatedAt", updated.toString()).build().toString()).statusCode());
        Document rss = Jsoup.parse(get("/rss").body(), "", Parser.xmlParser());
        var item = rss.select("item").stream().filter(i -> i.selectFirst("link").text().endsWith("/tin-tuc/" + recent))
                .findFirst().orElseThrow();
        assertEquals(published, OffsetDateTime.parse(item.selectFirst("pubDate").text(),
                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        Document atom = Jsoup.parse(get("/atom").body(), "", Parser.xmlParser());
        var entry = atom.select("entry").stream().filter(e -> e.selectFirst("id").text().endsWith("/tin-tuc/" + recent))
                .findFirst().orElseThrow();
        assertEquals(updated, Instant.parse(entry.selectFirst("updated").text()), entry.toString());
        assertEquals(published, Instant.parse(entry.selectFirst("published").text()), entry.toString());
        Document sitemap = Jsoup.parse(get("/sitemap.xml").body(), "", Parser.xmlParser());
        var url = sitemap.select("url").stream().filter(u -> u.selectFirst("loc").text().endsWith("/tin-tuc/" + slug))
                .findFirst().orElseThrow();
        assertEquals("2024-06-25T09:30:00Z", url.selectFirst("lastmod").text());
    }

    @Test
    void a_future_publication_time_schedules_the_bulletin_as_the_editor_does() throws Exception {
        String slug = "lich-tiep-cong-dan-thang-toi-" + base.getPort();
        Instant at = Instant.now().plusSeconds(4);
        HttpResponse<String> created = send("POST", "/api/v1/bulletins", bulletin("Thông báo lịch tiếp công dân", slug)
                .add("publishedAt", at.toString()).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(404, get("/tin-tuc/" + slug).statusCode(), "not before its time");
        assertEquals(404, get("/api/v1/bulletins/" + slug).statusCode());
        Thread.sleep(Math.max(0, at.toEpochMilli() - System.currentTimeMillis()) + 1500);
        assertEquals(200, get("/tin-tuc/" + slug).statusCode(), "there once its time has come");

        HttpResponse<String> draftWithDate = send("POST", "/api/v1/bulletins", bulletin("Bản nháp có ngày", "ban-nhap-co-ngay")
                .add("status", "draft").add("publishedAt", "2024-01-01T00:00:00+07:00").build().toString());
        assertEquals(422, draftWithDate.statusCode());
        assertTrue(errors(draftWithDate).contains("publishedAt"));
        HttpResponse<String> badTime = send("POST", "/api/v1/bulletins", bulletin("Ngày sai", "ngay-sai")
                .add("publishedAt", "24/06/2024").build().toString());
        assertEquals(422, badTime.statusCode());
        assertTrue(errors(badTime).contains("2024-06-24T08:00:00+07:00"), "the message shows the form wanted: " + badTime.body());
        HttpResponse<String> updatedBefore = send("POST", "/api/v1/bulletins", bulletin("Cập nhật trước khi đăng", "cap-nhat-truoc")
                .add("publishedAt", "2024-06-24T08:00:00+07:00").add("updatedAt", "2024-06-23T08:00:00+07:00").build().toString());
        assertEquals(422, updatedBefore.statusCode());
        assertTrue(errors(updatedBefore).contains("updatedAt"));
        assertEquals(404, get("/tin-tuc/cap-nhat-truoc").statusCode(), "nothing kept of a refused request");
    }

    @Test
    void a_change_note_is_listed_under_the_body_with_its_date_and_a_minor_change_tells_readers_nothing() throws Exception {
        String slug = "thu-ngan-sach-10-thang-" + base.getPort();
        HttpResponse<String> created = send("POST", "/api/v1/bulletins", bulletin("Thu ngân sách 10 tháng", slug)
                .add("publishedAt", Instant.now().minusSeconds(3600).toString()).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long version = json(created.body()).getJsonNumber("version").longValue();
        String note = "Sửa số thu ngân sách từ 12.400 thành 12.040 tỷ đồng theo báo cáo của Sở Tài chính.";
        HttpResponse<String> corrected = send("PUT", "/api/v1/bulletins/" + slug, bulletin("Thu ngân sách 10 tháng", slug)
                .add("body", "<p>Thu ngân sách đạt 12.040 tỷ đồng.</p>").add("changeNote", note).add("version", version)
                .build().toString());
        assertEquals(200, corrected.statusCode(), corrected.body());
        JsonObject answer = json(corrected.body());
        assertEquals(note, answer.getJsonArray("corrections").getJsonObject(0).getString("note"));
        Instant revised = OffsetDateTime.parse(answer.getString("updatedAt")).toInstant();

        Document page = Jsoup.parse(get("/tin-tuc/" + slug).body());
        var corrections = page.selectFirst("section.bulletin-corrections");
        assertEquals("Đính chính", corrections.selectFirst("h2").text());
        assertEquals(corrections.selectFirst("h2").id(), corrections.attr("aria-labelledby"));
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertEquals(today + ": " + note, corrections.selectFirst("li").text());
        JsonObject ld = json(page.selectFirst("script[type=application/ld+json]").data());
        assertTrue(OffsetDateTime.parse(ld.getString("dateModified")).toInstant().isAfter(
                OffsetDateTime.parse(ld.getString("datePublished")).toInstant()), ld.toString());
        Document atom = Jsoup.parse(get("/atom").body(), "", Parser.xmlParser());
        var entry = atom.select("entry").stream().filter(e -> e.selectFirst("id").text().endsWith("/tin-tuc/" + slug))
                .findFirst().orElseThrow();
        assertEquals(revised.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                Instant.parse(entry.selectFirst("updated").text()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                "the feed marks the item updated");

        // A typo: no note, and the update date readers see stays.
        HttpResponse<String> typo = send("PUT", "/api/v1/bulletins/" + slug, bulletin("Thu ngân sách mười tháng", slug)
                .add("body", "<p>Thu ngân sách đạt 12.040 tỷ đồng.</p>").add("minor", true)
                .add("version", answer.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, typo.statusCode(), typo.body());
        assertEquals(revised, OffsetDateTime.parse(json(typo.body()).getString("updatedAt")).toInstant());
        assertEquals(1, json(typo.body()).getJsonArray("corrections").size());
        assertEquals("Thu ngân sách mười tháng", Jsoup.parse(get("/tin-tuc/" + slug).body()).selectFirst("h1").text());

        long latest = json(typo.body()).getJsonNumber("version").longValue();
        HttpResponse<String> minorWithNote = send("PUT", "/api/v1/bulletins/" + slug, bulletin("Thu ngân sách", slug)
                .add("minor", true).add("changeNote", "Sửa lỗi").add("version", latest).build().toString());
        assertEquals(422, minorWithNote.statusCode());
        assertTrue(errors(minorWithNote).contains("changeNote"));
        HttpResponse<String> onCreate = send("POST", "/api/v1/bulletins", bulletin("Bản tin mới có ghi chú", "moi-co-ghi-chu")
                .add("changeNote", "Không có gì để đính chính").build().toString());
        assertEquals(422, onCreate.statusCode());
        HttpResponse<String> draft = send("POST", "/api/v1/bulletins", bulletin("Bản nháp", "ban-nhap-dinh-chinh-" + base.getPort())
                .add("status", "draft").build().toString());
        HttpResponse<String> onDraft = send("PUT", "/api/v1/bulletins/ban-nhap-dinh-chinh-" + base.getPort(),
                bulletin("Bản nháp", "ban-nhap-dinh-chinh-" + base.getPort()).add("status", "draft")
                        .add("changeNote", "Đính chính bản nháp").add("version", json(draft.body()).getJsonNumber("version").longValue())
                        .build().toString());
        assertEquals(422, onDraft.statusCode(), "a draft has no readers to tell: " + onDraft.body());
    }

    @Test
    void old_addresses_answer_301_to_the_bulletin_with_and_without_their_query_and_in_any_case() throws Exception {
        String slug = "doan-cong-tac-lam-viec-tai-huyen";
        HttpResponse<String> created = send("POST", "/api/v1/bulletins", bulletin("Đoàn công tác làm việc tại huyện", slug)
                .add("publishedAt", "2023-03-02T09:00:00+07:00")
                .add("legacyUrls", list("/Pages/tin-tuc.aspx?ItemID=123&List=TinTuc", "/tin-tuc/2023/03/doan-cong-tac.html",
                        "/?p=4567", "/tin-tức/đoàn-công-tác"))
                .build().toString());
        assertEquals(201, created.statusCode(), created.body());
        String target = base.toString().replaceAll("/$", "") + "/tin-tuc/" + slug;
        assertEquals(4, json(send("GET", "/api/v1/bulletins/" + slug, null).body()).getJsonArray("legacyUrls").size());

        for (String old : List.of("/Pages/tin-tuc.aspx?ItemID=123&List=TinTuc",
                "/pages/TIN-TUC.aspx?List=TinTuc&itemid=123", // another case, parameters in another order
                "/tin-tuc/2023/03/doan-cong-tac.html",
                "/tin-tuc/2023/03/doan-cong-tac.html?utm_source=facebook", // a path-only address takes any query
                "/?p=4567",
                "/tin-t%E1%BB%A9c/%C4%91o%C3%A0n-c%C3%B4ng-t%C3%A1c")) {
            HttpResponse<String> moved = get(old);
            assertEquals(301, moved.statusCode(), old);
            assertEquals(target, moved.headers().firstValue("Location").orElse(""), old);
        }
        assertEquals(404, get("/Pages/tin-tuc.aspx?ItemID=124&List=TinTuc").statusCode(), "another item of the old list");
        assertEquals(200, get("/?p=4568").statusCode(), "the home page with another query is the home page");
        assertEquals(200, get("/").statusCode());

        // Withdrawn: the old address no longer reveals where it led.
        HttpResponse<String> archived = send("DELETE", "/api/v1/bulletins/" + slug, null);
        assertEquals(200, archived.statusCode());
        assertEquals(404, get("/tin-tuc/2023/03/doan-cong-tac.html").statusCode());
    }

    @Test
    void an_old_address_is_one_bulletins_and_never_leads_outside_the_portal() throws Exception {
        HttpResponse<String> first = send("POST", "/api/v1/bulletins", bulletin("Bản tin giữ địa chỉ cũ", "ban-tin-giu-dia-chi-cu")
                .add("legacyUrls", list("/tin/giu-dia-chi.html")).build().toString());
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> clash = send("POST", "/api/v1/bulletins", bulletin("Bản tin tranh địa chỉ", "ban-tin-tranh-dia-chi")
                .add("legacyUrls", list("/tin/moi.html", "/TIN/Giu-Dia-Chi.html")).build().toString());
        assertEquals(422, clash.statusCode(), clash.body());
        JsonObject problem = json(clash.body()).getJsonArray("errors").getJsonObject(0);
        assertEquals("legacyUrls[1]", problem.getString("field"));
        assertTrue(problem.getString("detail").contains("/TIN/Giu-Dia-Chi.html"), "names the address: " + problem);
        assertEquals(404, get("/tin-tuc/ban-tin-tranh-dia-chi").statusCode(), "nothing kept");

        for (String outside : List.of("https://evil.example/x", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
                "tin/khong-co-gach-dau", "/a#b", "/a\tb")) {
            HttpResponse<String> refused = send("POST", "/api/v1/bulletins", bulletin("Địa chỉ xấu", "dia-chi-xau")
                    .add("legacyUrls", list(outside)).build().toString());
            assertEquals(422, refused.statusCode(), outside + ": " + refused.body());
            assertTrue(errors(refused).contains("legacyUrls[0]"), outside);
        }
        for (String own : List.of("/", "/tin-tuc/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-muoi-hai", "/admin/", "/api/v1/bulletins",
                "/chuyen-muc/thoi-su", "/rss")) {
            HttpResponse<String> refused = send("POST", "/api/v1/bulletins", bulletin("Địa chỉ của cổng", "dia-chi-cua-cong")
                    .add("legacyUrls", list(own)).build().toString());
            assertEquals(422, refused.statusCode(), own + ": " + refused.body());
        }
        assertEquals(200, get(Fixtures.CONFERENCE).statusCode(), "the portal's own pages are untouched");
    }

    @Test
    void the_import_endpoint_creates_then_skips_then_updates_and_never_overwrites_an_editors_change() throws Exception {
        String slug = "ket-qua-bau-cu-dai-bieu-hoi-dong-nhan-dan";
        JsonObject original = bulletin("Kết quả bầu cử đại biểu Hội đồng nhân dân", slug)
                .add("category", Json.createObjectBuilder().add("slug", "bau-cu").add("name", "Bầu cử"))
                .add("publishedAt", "2021-05-28T10:00:00+07:00").add("legacyUrls", list("/Pages/bau-cu.aspx?ID=9")).build();
        String json = original.toString();

        HttpResponse<String> dry = send("POST", "/api/v1/imports?dryRun=true", json);
        assertEquals(200, dry.statusCode(), dry.body());
        assertEquals("created", json(dry.body()).getString("outcome"));
        assertEquals(404, get("/tin-tuc/" + slug).statusCode(), "a dry run keeps nothing");
        assertEquals(404, get("/chuyen-muc/bau-cu").statusCode(), "not even the section");

        HttpResponse<String> refused = send("POST", "/api/v1/imports?sections=refuse", json);
        assertEquals(422, refused.statusCode(), "an unknown section, refused by choice: " + refused.body());

        HttpResponse<String> created = send("POST", "/api/v1/imports", json);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("created", json(created.body()).getString("outcome"));
        assertEquals("Bầu cử", Jsoup.parse(get("/chuyen-muc/bau-cu").body()).selectFirst("h1").text(), "the section was made");
        assertTrue(Jsoup.parse(get("/tin-tuc/" + slug).body()).selectFirst(".bulletin-date").text().contains("28/05/2021"));
        assertEquals(301, get("/Pages/bau-cu.aspx?ID=9").statusCode());

        // The same JSON, spaced differently: nothing to do.
        HttpResponse<String> again = send("POST", "/api/v1/imports", json.replace(",", ", "));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("skipped", json(again.body()).getString("outcome"));
        long version = json(again.body()).getJsonNumber("version").longValue();

        HttpResponse<String> changed = send("POST", "/api/v1/imports",
                Json.createObjectBuilder(original).add("title", "Kết quả bầu cử đại biểu HĐND tỉnh").build().toString());
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("updated", json(changed.body()).getString("outcome"));
        assertEquals("Kết quả bầu cử đại biểu HĐND tỉnh", Jsoup.parse(get("/tin-tuc/" + slug).body()).selectFirst("h1").text());
        assertTrue(Jsoup.parse(get("/tin-tuc/" + slug).body()).selectFirst(".bulletin-date").text().contains("28/05/2021"),
                "an update keeps the original date");
        assertTrue(json(changed.body()).getJsonNumber("version").longValue() > version);

        // An editor corrects it in BanTin; the next import does not undo that.
        JsonObject current = json(send("GET", "/api/v1/bulletins/" + slug, null).body());
        HttpResponse<String> edited = send("PUT", "/api/v1/bulletins/" + slug, bulletin("Kết quả bầu cử (đã đính chính)", slug)
                .add("version", current.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, edited.statusCode(), edited.body());
        HttpResponse<String> overwrite = send("POST", "/api/v1/imports",
                Json.createObjectBuilder(original).add("title", "Tiêu đề từ cổng cũ").build().toString());
        assertEquals(409, overwrite.statusCode(), overwrite.body());
        assertEquals("Kết quả bầu cử (đã đính chính)", Jsoup.parse(get("/tin-tuc/" + slug).body()).selectFirst("h1").text());

        HttpResponse<String> notImported = send("POST", "/api/v1/imports",
                bulletin("Trùng địa chỉ bản tin có sẵn", "hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-muoi-hai").build().toString());
        assertEquals(409, notImported.statusCode(), "a bulletin made in BanTin is never overwritten: " + notImported.body());
        HttpResponse<String> noSlug = send("POST", "/api/v1/imports", bulletin("Không có slug", "x").remove("slug").build().toString());
        assertEquals(422, noSlug.statusCode());
        assertTrue(errors(noSlug).contains("slug"));
        assertNotNull(json(noSlug.body()).getString("detail"));
        assertFalse(noSlug.body().contains("Exception"));
    }
}
