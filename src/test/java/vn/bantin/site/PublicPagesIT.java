package vn.bantin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

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


/**
 * The public pages, the read API, images and health over plain HTTP, as a browser or client
 * without scripts sees them, including every kind of bad request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    static final String CONFERENCE = Fixtures.CONFERENCE;
    static final String DRAFT = "du-thao-ke-hoach-phat-trien-du-lich-cong-dong-giai-doan-moi";
    static final String SCHEDULED = "thong-bao-lich-tiep-cong-dan-thang-toi";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    private Document page(String path, int expectedStatus, String... headers) {
        HttpResponse<String> response = Portal.get(base, path, headers);
        assertEquals(expectedStatus, response.statusCode(), path + " answered " + response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        Document doc = Jsoup.parse(response.body(), Portal.resolve(base, path).toString());
        assertEquals("vi", doc.selectFirst("html").attr("lang"), "lang on " + path);
        assertEquals(1, doc.select("h1").size(), "one h1 on " + path);
        assertEquals(1, doc.select("main#noi-dung").size(), "main landmark on " + path);
        assertEquals("#noi-dung", doc.selectFirst("body > a").attr("href"), "skip link first on " + path);
        assertFalse(response.body().contains("Exception"), "no stack trace on " + path);
        return doc;
    }

    @Test
    void home_shows_latest_bulletins_with_thumbnails_and_a_block_per_category() {
        Document home = page("/", 200);
        assertEquals("Trang chủ – BanTin", home.title());
        assertEquals("Bản tin mới nhất", home.selectFirst("h1").text());
        Elements latest = new Elements(home.select("section.latest article.teaser"));
        assertFalse(latest.isEmpty());
        String newest = json(Portal.get(base, "/api/v1/bulletins?size=1").body()).getJsonArray("items")
                .getJsonObject(0).getString("url");
        assertEquals(newest, latest.first().selectFirst("h2 a").attr("href"), "newest first");

        for (Element img : home.select("img")) {
            assertTrue(img.hasAttr("alt") && img.attr("alt").isEmpty(),
                    "a teaser picture beside its linked headline is decorative: " + img);
            assertFalse(img.attr("width").isBlank(), "width");
            assertFalse(img.attr("height").isBlank(), "height");
        }
        // The first picture among the latest bulletins loads at once (other tests may have published
        // picture-less bulletins since, so it need not be the newest one's); every other waits.
        org.jsoup.select.Elements pictures = home.select("img");
        List<String> expected = new java.util.ArrayList<>(java.util.Collections.nCopies(pictures.size(), "lazy"));
        Element top = home.selectFirst("section.latest img");
        if (top != null) {
            expected.set(pictures.indexOf(top), "eager");
        }
        assertEquals(expected, pictures.eachAttr("loading"), "only the top picture among the latest loads at once");
        List<String> blocks = home.select("section.category-block h2").eachText();
        assertTrue(blocks.containsAll(List.of("Thời sự", "Kinh tế", "Văn hóa - Xã hội")), blocks.toString());
        assertTrue(home.select("time").first().text().matches("\\d{2}/\\d{2}/\\d{4}"));
        assertFalse(home.html().contains(DRAFT) || home.html().contains(SCHEDULED), "unpublished stay hidden");
        assertNotNull(home.selectFirst("nav[aria-label=Chuyên mục] a[aria-current=page][href=/]"));
    }

    @Test
    void category_page_lists_its_bulletins_newest_first_in_accessible_pages() {
        Document first = page("/chuyen-muc/thoi-su", 200);
        assertEquals("Thời sự", first.selectFirst("h1").text());
        assertEquals("Thời sự – BanTin", first.title());
        List<OffsetDateTime> dates = first.select("article.teaser time").eachAttr("datetime").stream()
                .map(OffsetDateTime::parse).toList();
        assertEquals(3, dates.size(), "page size 3 in the tests");
        for (int i = 1; i < dates.size(); i++) {
            assertFalse(dates.get(i).isAfter(dates.get(i - 1)), "newest first: " + dates);
        }
        Element paging = first.selectFirst("nav.paging[aria-label=Phân trang]");
        assertNotNull(paging);
        Element current = paging.selectFirst("a[aria-current=page]");
        assertEquals("Trang 1, trang hiện tại", current.attr("aria-label"));
        assertEquals("/chuyen-muc/thoi-su?trang=2", paging.selectFirst("a[rel=next]").attr("href"));
        assertNotNull(first.selectFirst("nav.site-nav a[aria-current=page][href=/chuyen-muc/thoi-su]"));

        Document second = page("/chuyen-muc/thoi-su?trang=2", 200);
        assertEquals("Thời sự — trang 2 – BanTin", second.title());
        assertEquals("Trang 2, trang hiện tại", second.selectFirst("nav.paging a[aria-current=page]").attr("aria-label"));
        assertEquals("/chuyen-muc/thoi-su", second.selectFirst("nav.paging a[rel=prev]").attr("href"));
        Set<String> seen = new HashSet<>(first.select("article.teaser h2 a").eachAttr("href"));
        for (String href : second.select("article.teaser h2 a").eachAttr("href")) {
            assertTrue(seen.add(href), "no bulletin on two pages: " + href);
        }
    }

    @Test
    void bulletin_page_has_toolbar_headline_lead_body_figures_and_author() {
        Document doc = page(CONFERENCE, 200);
        assertEquals("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười hai – BanTin", doc.title());
        Element toolbar = doc.selectFirst("article.bulletin .bulletin-toolbar");
        assertTrue(toolbar.selectFirst("time").text().matches("\\d{2}/\\d{2}/\\d{4}"), "date dd/MM/yyyy");
        assertEquals(List.of("Giảm cỡ chữ", "Tăng cỡ chữ", "Cỡ chữ mặc định"),
                toolbar.select("form.text-size button .text-size-label").eachText());
        for (Element icon : toolbar.select(".text-size-icon")) {
            assertEquals("true", icon.attr("aria-hidden"), "A+/A- are not read out");
        }
        assertEquals("Cỡ chữ: 100%", toolbar.selectFirst("[role=status]").text());
        assertNotNull(toolbar.selectFirst("button[data-print]"), "print action");
        assertEquals(0, doc.select("header.site-header form.text-size").size(), "one text-size control per page");

        assertEquals("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười hai", doc.selectFirst("h1").text());
        assertTrue(doc.selectFirst("p.bulletin-lead").text().startsWith("Sáng nay"));
        assertFalse(doc.select(".bulletin-body h2").isEmpty(), "body headings");
        List<Element> figures = doc.select("article.bulletin figure");
        assertEquals(2, figures.size());
        for (Element figure : figures) {
            Element img = figure.selectFirst("img");
            Element caption = figure.selectFirst("figcaption");
            assertFalse(img.attr("alt").isBlank());
            assertEquals(caption.id(), img.attr("aria-describedby"), "caption tied to its image");
            assertEquals("960", img.attr("width"));
            assertEquals("540", img.attr("height"));
        }
        assertTrue(figures.get(0).selectFirst("figcaption").text().startsWith("Các đại biểu dự Hội nghị"));
        Element author = doc.select("article.bulletin > *").last();
        assertEquals("Tác giả: Minh Châu", author.text(), "author at the end");
        assertEquals("/chuyen-muc/thoi-su", doc.selectFirst("nav.breadcrumb a[href^=/chuyen-muc/]").attr("href"));
    }

    @Test
    void unknown_and_unpublished_addresses_are_accessible_404_pages() {
        for (String path : List.of("/tin-tuc/khong-co-ban-tin-nay", "/tin-tuc/" + DRAFT, "/tin-tuc/" + SCHEDULED,
                "/chuyen-muc/khong-co", "/tin-tuc/a/b", "/tin-tuc/%3Cscript%3Ealert(1)%3Cxscript%3E",
                "/khong-co-trang-nay", "/chuyen-muc/thoi-su?trang=99")) {
            Document doc = page(path, 404);
            assertEquals("Không tìm thấy trang", doc.selectFirst("h1").text(), path);
            assertTrue(doc.title().startsWith("Không tìm thấy trang"), path);
            assertFalse(doc.html().contains("<script>alert"), "nothing reflected: " + path);
        }
    }

    @Test
    void malformed_page_numbers_get_400_with_a_message_a_person_can_act_on() {
        for (String raw : List.of("abc", "0", "-1", "1.5", "99999999999", "%00")) {
            Document doc = page("/chuyen-muc/thoi-su?trang=" + raw, 400);
            assertEquals("Yêu cầu không hợp lệ", doc.selectFirst("h1").text());
            assertTrue(doc.selectFirst(".error-detail").text().contains("?trang=2"), raw);
        }
    }

    @Test
    void text_size_is_rendered_by_the_server_from_the_cookie() {
        Document larger = page(CONFERENCE, 200, "Cookie", "bantin-co-chu=150");
        assertEquals("150", larger.selectFirst("html").attr("data-text-size"), "applied before first paint");
        assertEquals("Cỡ chữ: 150%", larger.selectFirst("form.text-size [role=status]").text());
        Document largest = page("/", 200, "Cookie", "bantin-co-chu=200");
        assertEquals("true", largest.selectFirst("button[value=tang]").attr("aria-disabled"));
        for (String garbage : List.of("999", "abc", "<script>", "")) {
            Document doc = page("/", 200, "Cookie", "bantin-co-chu=" + garbage);
            assertEquals("100", doc.selectFirst("html").attr("data-text-size"), garbage);
        }
    }

    @Test
    void text_size_form_works_without_javascript_and_only_returns_into_the_portal() {
        HttpResponse<String> response = Portal.postForm(base, "/co-chu", "doi=tang&tro-ve=" + CONFERENCE,
                "Cookie", "bantin-co-chu=125");
        assertEquals(303, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith(CONFERENCE + "#co-chu"),
                "back at the control on the same page");
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("bantin-co-chu=150"), cookie);
        assertTrue(cookie.contains("Max-Age=31536000") && cookie.contains("Path=/"), cookie);

        HttpResponse<String> smaller = Portal.postForm(base, "/co-chu", "doi=giam&tro-ve=/");
        assertTrue(smaller.headers().firstValue("Set-Cookie").orElseThrow().startsWith("bantin-co-chu=100"),
                "never below 100%");
        HttpResponse<String> reset = Portal.postForm(base, "/co-chu", "doi=mac-dinh&tro-ve=/", "Cookie", "bantin-co-chu=200");
        assertTrue(reset.headers().firstValue("Set-Cookie").orElseThrow().startsWith("bantin-co-chu=100"));

        for (String elsewhere : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "")) {
            HttpResponse<String> redirect = Portal.postForm(base, "/co-chu", "doi=tang&tro-ve=" + elsewhere);
            String location = redirect.headers().firstValue("Location").orElseThrow();
            assertTrue(location.equals("/#co-chu") || location.endsWith(base.getPort() + "/#co-chu"), elsewhere + " -> " + location);
        }
        HttpResponse<String> bad = Portal.postForm(base, "/co-chu", "doi=phong-to&tro-ve=/");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("Tăng cỡ chữ"), "says what to use instead");
        assertEquals(405, Portal.get(base, "/co-chu").statusCode());
    }

    @Test
    void interface_language_is_chosen_with_a_cookie_and_bulletins_keep_their_own() {
        HttpResponse<String> choose = Portal.postForm(base, "/ngon-ngu", "chon=en&tro-ve=" + CONFERENCE);
        assertEquals(303, choose.statusCode());
        assertTrue(choose.headers().firstValue("Location").orElseThrow().endsWith(CONFERENCE + "#ngon-ngu"),
                "back to the same page, at the switch");
        String cookie = choose.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("bantin-ngon-ngu=en") && cookie.contains("Max-Age=31536000") && cookie.contains("Path=/"),
                "the choice is kept for a year: " + cookie);

        org.jsoup.nodes.Document english = Jsoup.parse(Portal.get(base, CONFERENCE, "Cookie", "bantin-ngon-ngu=en").body());
        assertEquals("en", english.selectFirst("html").attr("lang"));
        assertEquals("Larger text", english.selectFirst("button[value=tang] .text-size-label").text());
        assertTrue(english.selectFirst(".bulletin-date .visually-hidden").text().startsWith("Published"),
                english.selectFirst(".bulletin-date").text());
        org.jsoup.nodes.Element headline = english.selectFirst("h1.bulletin-title");
        assertEquals("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười hai", headline.text(), "content is not translated");
        assertEquals("vi", headline.attr("lang"), "and is marked as Vietnamese for screen readers");
        assertEquals("vi", english.selectFirst(".bulletin-body").attr("lang"));
        assertEquals("Tiếng Việt", english.selectFirst("form.language-switch button").text());
        assertEquals("vi", english.selectFirst("form.language-switch button").attr("lang"));

        org.jsoup.nodes.Document home = Jsoup.parse(Portal.get(base, "/", "Cookie", "bantin-ngon-ngu=en").body());
        assertTrue(home.selectFirst(".today").text().matches("[A-Z][a-z]+day, \\d{1,2} [A-Z][a-z]+ \\d{4}"),
                "English date: " + home.selectFirst(".today").text());
        org.jsoup.nodes.Document vietnamese = Jsoup.parse(Portal.get(base, "/").body());
        assertEquals("vi", vietnamese.selectFirst("html").attr("lang"), "Vietnamese by default");
        assertTrue(vietnamese.selectFirst(".today").text().matches("(Thứ [A-Z][a-zà-ỹ]+|Chủ Nhật), \\d{2}/\\d{2}/\\d{4}"),
                vietnamese.selectFirst(".today").text());
        assertEquals("English", vietnamese.selectFirst("form.language-switch button").text());

        org.jsoup.nodes.Document signIn = Jsoup.parse(Portal.get(base, "/admin/dang-nhap.xhtml", "Cookie", "bantin-ngon-ngu=en").body());
        assertEquals("en", signIn.selectFirst("html").attr("lang"));
        assertEquals("Back-office sign-in", signIn.selectFirst("h1").text(), "the back office follows the choice");
        HttpResponse<String> missing = Portal.get(base, "/tin-tuc/khong-co-ban-tin-nay", "Cookie", "bantin-ngon-ngu=en");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"), "error pages too");

        HttpResponse<String> bad = Portal.postForm(base, "/ngon-ngu", "chon=fr&tro-ve=/");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("Tiếng Việt hoặc English"), "says which languages there are");
        assertEquals(405, Portal.get(base, "/ngon-ngu").statusCode());
    }

    @Test
    void rss_and_atom_feeds_parse_and_list_the_latest_published_bulletins() throws Exception {
        for (String path : List.of("/rss", "/atom")) {
            HttpResponse<String> response = Portal.get(base, path);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("")
                    .startsWith(path.equals("/rss") ? "application/rss+xml" : "application/atom+xml"));
            com.rometools.rome.feed.synd.SyndFeed feed = new com.rometools.rome.io.SyndFeedInput()
                    .build(new StringReader(response.body()));
            assertEquals(path.equals("/rss") ? "rss_2.0" : "atom_1.0", feed.getFeedType());
            List<String> titles = feed.getEntries().stream().map(com.rometools.rome.feed.synd.SyndEntry::getTitle).toList();
            assertTrue(titles.contains("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười hai"), path + ": " + titles);
            assertFalse(titles.contains("Thông báo lịch tiếp công dân tháng tới"), "a scheduled bulletin is not in the feed yet");
            com.rometools.rome.feed.synd.SyndEntry conference = feed.getEntries().stream()
                    .filter(e -> e.getTitle().startsWith("Hội nghị Ban Chấp hành")).findFirst().orElseThrow();
            assertTrue(conference.getLink().endsWith(CONFERENCE) && conference.getLink().startsWith("http"), conference.getLink());
            assertNotNull(conference.getPublishedDate());
            assertTrue(conference.getDescription().getValue().startsWith("Sáng nay"));
        }
        com.rometools.rome.feed.synd.SyndFeed economy = new com.rometools.rome.io.SyndFeedInput()
                .build(new StringReader(Portal.get(base, "/rss/kinh-te").body()));
        assertFalse(economy.getEntries().isEmpty());
        assertTrue(economy.getEntries().stream().allMatch(e -> e.getCategories().get(0).getName().equals("Kinh tế")),
                "a section's feed holds only that section");
        assertEquals(404, Portal.get(base, "/rss/khong-co-chuyen-muc").statusCode());
        assertEquals(404, Portal.get(base, "/atom/kinh-te/them").statusCode());

        Document home = Jsoup.parse(Portal.get(base, "/").body());
        assertEquals("/rss", home.selectFirst("link[rel=alternate][type=application/rss+xml]").attr("href").replaceFirst("^.*?/rss", "/rss"));
        assertNotNull(home.selectFirst("link[rel=alternate][type=application/atom+xml]"));
        Document section = Jsoup.parse(Portal.get(base, "/chuyen-muc/kinh-te").body());
        assertTrue(section.select("link[rel=alternate]").eachAttr("href").stream().anyMatch(h -> h.endsWith("/rss/kinh-te")),
                "a section page offers its own feed");
    }

    @Test
    void sitemap_and_robots_list_every_public_address_with_its_last_change() {
        HttpResponse<String> response = Portal.get(base, "/sitemap.xml");
        assertEquals(200, response.statusCode());
        Document sitemap = Jsoup.parse(response.body(), "", org.jsoup.parser.Parser.xmlParser());
        List<String> locations = sitemap.select("url > loc").eachText();
        assertTrue(locations.stream().anyMatch(l -> l.endsWith(CONFERENCE)), "every published bulletin");
        assertTrue(locations.stream().anyMatch(l -> l.endsWith("/chuyen-muc/van-hoa-xa-hoi")), "every section");
        assertFalse(locations.stream().anyMatch(l -> l.contains("thong-bao-lich-tiep-cong-dan-thang-toi")), "nothing scheduled");
        assertEquals(locations.size(), new HashSet<>(locations).size(), "no address twice");
        for (Element url : sitemap.select("url")) {
            if (url.selectFirst("loc").text().contains("/tin-tuc/")) {
                OffsetDateTime.parse(url.selectFirst("lastmod").text());
            }
        }
        String robots = Portal.get(base, "/robots.txt").body();
        assertTrue(robots.contains("Disallow: /admin/") || robots.matches("(?s).*Disallow: /[^\\n]*/admin/.*"), robots);
        assertTrue(robots.matches("(?s).*Sitemap: http\\S+/sitemap.xml.*"), robots);
    }

    @Test
    void bulletin_pages_carry_canonical_open_graph_twitter_and_news_article_data() {
        Document page = Jsoup.parse(Portal.get(base, CONFERENCE).body());
        String canonical = page.selectFirst("link[rel=canonical]").attr("href");
        assertTrue(canonical.startsWith("http") && canonical.endsWith(CONFERENCE), canonical);
        assertEquals(canonical, meta(page, "og:url"));
        assertEquals("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười hai", meta(page, "og:title"));
        assertTrue(meta(page, "og:description").startsWith("Sáng nay, Ban Chấp hành"));
        String image = meta(page, "og:image");
        assertTrue(image.startsWith("http") && image.contains("/anh/"), image);
        assertEquals(200, Portal.getBytes(base, image.replaceFirst("^https?://[^/]+", "")).statusCode(), "the image is served");
        assertEquals("Hội trường lớn với sân khấu trang trí băng rôn đỏ, phía dưới là nhiều hàng ghế đại biểu.",
                meta(page, "og:image:alt"), "the shared image keeps its text alternative");
        assertEquals("summary_large_image", page.selectFirst("meta[name=twitter:card]").attr("content"));
        assertEquals(meta(page, "og:image:alt"), page.selectFirst("meta[name=twitter:image:alt]").attr("content"));

        JsonObject article;
        try (var reader = Json.createReader(new StringReader(page.selectFirst("script[type=application/ld+json]").data()))) {
            article = reader.readObject();
        }
        assertEquals("NewsArticle", article.getString("@type"));
        assertEquals("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười hai", article.getString("headline"));
        assertEquals(canonical, article.getString("url"));
        OffsetDateTime published = OffsetDateTime.parse(article.getString("datePublished"));
        assertFalse(OffsetDateTime.parse(article.getString("dateModified")).isBefore(published));
        assertEquals("Minh Châu", article.getJsonArray("author").getJsonObject(0).getString("name"));
        assertEquals(image, article.getJsonArray("image").getJsonObject(0).getString("url"));
        assertEquals("Các đại biểu dự Hội nghị", article.getJsonArray("image").getJsonObject(0).getString("caption"));
        assertEquals("vi", article.getString("inLanguage"));
    }

    @Test
    void the_archive_copy_is_a_tagged_pdf_with_title_captions_and_text_alternatives() throws Exception {
        Document page = Jsoup.parse(Portal.get(base, CONFERENCE).body());
        Element link = page.selectFirst(".bulletin-toolbar a.archive-link");
        assertNotNull(link, "the toolbar offers the archive copy");
        assertEquals("Tải bản lưu trữ (PDF)", link.text());

        HttpResponse<byte[]> response = Portal.getBytes(base, link.attr("href"));
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            assertEquals("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười hai", pdf.getDocumentInformation().getTitle());
            assertEquals("vi", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "a tagged PDF");
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfuaid"), "identifies itself as PDF/UA");
            List<String> tags = new ArrayList<>();
            List<String> alternatives = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), tags, alternatives);
            assertTrue(tags.containsAll(List.of("H1", "H2", "P", "Figure", "L", "LI")), "structure tags: " + tags);
            assertTrue(alternatives.contains("Hội trường lớn với sân khấu trang trí băng rôn đỏ, phía dưới là nhiều hàng ghế đại biểu."),
                    "figures carry their text alternatives: " + alternatives);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười hai"));
            assertTrue(text.contains("Các đại biểu dự Hội nghị (Ảnh: Thanh Hà)"), "captions with credits");
            assertTrue(text.contains("Những kết quả nổi bật") && text.contains("Minh Châu"));
        }
        HttpResponse<byte[]> corrected = Portal.getBytes(base, "/luu-tru/xuat-khau-nong-san-10-thang-dat-320-trieu-usd.pdf");
        assertEquals(200, corrected.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(corrected.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Đính chính") && text.contains("Sửa mức tăng kim ngạch so với cùng kỳ từ 41% thành 14%"),
                    "the copy carries the change notes readers were given: " + text);
            assertTrue(text.contains("(cập nhật "), "and when it was updated");
        }
        assertEquals(404, Portal.get(base, "/luu-tru/khong-co-ban-tin.pdf").statusCode());
        assertEquals(404, Portal.get(base, "/luu-tru/thong-bao-lich-tiep-cong-dan-thang-toi.pdf").statusCode(),
                "nothing before it is published");
        assertEquals(404, Portal.get(base, "/luu-tru/../WEB-INF/web.xml").statusCode());
    }

    private static void collect(List<Object> kids, List<String> tags, List<String> alternatives) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
                tags.add(element.getStructureType());
                if (element.getAlternateDescription() != null) {
                    alternatives.add(element.getAlternateDescription());
                }
                collect(element.getKids(), tags, alternatives);
            }
        }
    }

    @Test
    void most_read_follows_readings_that_set_no_cookie_and_related_bulletins_are_listed() {
        String road = "/tin-tuc/duong-tinh-741-duoc-nang-cap-rut-ngan-thoi-gian-di-lai";
        String counter = Jsoup.parse(Portal.get(base, road).body()).selectFirst("img.reading-image").attr("src");
        for (int i = 0; i < 120; i++) {
            // As a browser reads it: the page (perhaps from a cache), then its reading image (never cached).
            assertEquals(200, Portal.get(base, road).statusCode());
            HttpResponse<String> reading = Portal.get(base, counter);
            assertEquals(200, reading.statusCode());
            assertEquals("image/gif", reading.headers().firstValue("Content-Type").orElse(""));
            assertEquals("no-store", reading.headers().firstValue("Cache-Control").orElse(""), "no cache may answer for it");
            assertTrue(reading.headers().allValues("Set-Cookie").isEmpty(), "counting a reading sets no cookie");
        }
        for (String forged : List.of("/luot-doc/999999999", "/luot-doc/0", "/luot-doc/1x", "/luot-doc/")) {
            assertEquals(404, Portal.get(base, forged).statusCode(), forged + " counts nothing");
        }
        Document home = Jsoup.parse(Portal.get(base, "/").body());
        List<String> mostRead = home.select(".most-read li a").eachAttr("href");
        assertFalse(mostRead.isEmpty(), "the home page has a most-read list");
        assertTrue(mostRead.get(0).endsWith(road), "the most read bulletin comes first: " + mostRead);
        assertEquals("Đọc nhiều nhất", home.selectFirst(".most-read h2").text());

        Document conference = Jsoup.parse(Portal.get(base, CONFERENCE).body());
        List<String> related = conference.select(".related li a").eachAttr("href");
        assertFalse(related.isEmpty(), "a bulletin lists related ones");
        assertTrue(related.size() <= 4, related.toString());
        assertFalse(related.stream().anyMatch(h -> h.endsWith(CONFERENCE)), "not itself");
        for (String href : related) {
            assertEquals(200, Portal.get(base, href).statusCode(), "only published ones: " + href);
        }
        assertEquals("tin-lien-quan", conference.selectFirst(".related").attr("aria-labelledby"));
    }

    @Test
    void pictures_offer_smaller_copies_with_their_size_and_load_lazily_below_the_fold() throws Exception {
        Document page = Jsoup.parse(Portal.get(base, CONFERENCE).body());
        List<Element> images = page.select("article.bulletin figure img");
        assertTrue(images.size() >= 2);
        for (Element img : images) {
            assertFalse(img.attr("width").isEmpty() || img.attr("height").isEmpty(), "no layout shift: " + img);
            assertFalse(img.attr("sizes").isEmpty());
        }
        assertEquals("eager", images.get(0).attr("loading"), "the first picture is not delayed");
        assertEquals("lazy", images.get(1).attr("loading"), "later ones load as the reader reaches them");
        String[] candidates = images.get(0).attr("srcset").split(",\\s*");
        assertTrue(candidates.length >= 2, "a smaller copy and the picture itself: " + images.get(0).attr("srcset"));
        for (String candidate : candidates) {
            String[] parts = candidate.split(" ");
            int width = Integer.parseInt(parts[1].replace("w", ""));
            HttpResponse<byte[]> copy = Portal.getBytes(base, parts[0]);
            assertEquals(200, copy.statusCode(), parts[0]);
            java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(copy.body()));
            assertEquals(width, picture.getWidth(), parts[0] + " is as wide as it says");
            assertTrue(copy.headers().firstValue("Cache-Control").orElse("").contains("max-age=3600"), "kept an hour: a withdrawal reaches caches soon");
        }
        String first = candidates[0].split(" ")[0];
        assertEquals(404, Portal.get(base, first.replace("-w480.", "-w333.")).statusCode(), "only the offered widths");
        assertEquals(404, Portal.get(base, first.replace("-w480.", "-w5000.")).statusCode());
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "]");
        assertNotNull(meta, property);
        return meta.attr("content");
    }

    @Test
    void api_lists_published_bulletins_newest_first_with_paging() {
        HttpResponse<String> response = Portal.get(base, "/api/v1/bulletins?size=100");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject page = json(response.body());
        assertEquals(1, page.getInt("page"));
        assertEquals(100, page.getInt("size"));
        assertTrue(page.getInt("total") >= 13, "demo content is published");
        JsonArray items = page.getJsonArray("items");
        assertEquals(Math.min(100, page.getInt("total")), items.size());
        JsonObject first = items.getValuesAs(JsonObject.class).stream()
                .filter(item -> CONFERENCE.equals(item.getString("url"))).findFirst()
                .orElseThrow(() -> new AssertionError("the demo's conference bulletin is listed"));
        for (String key : List.of("id", "slug", "title", "lead", "author", "category", "publishedAt", "url", "figures")) {
            assertTrue(first.containsKey(key), key);
        }
        assertEquals("thoi-su", first.getJsonObject("category").getString("slug"));
        assertEquals("Thời sự", first.getJsonObject("category").getString("name"));
        assertTrue(first.getString("publishedAt").matches(".*T.*[+-]\\d{2}:\\d{2}$"), "ISO-8601 with offset");
        JsonObject figure = first.getJsonArray("figures").getJsonObject(0);
        assertEquals("Các đại biểu dự Hội nghị", figure.getString("caption"));
        assertEquals(960, figure.getInt("width"));
        assertFalse(figure.getBoolean("decorative"));
        assertEquals(200, Portal.getBytes(base, figure.getString("src")).statusCode(), "figure src serves the image");

        List<OffsetDateTime> dates = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        int total = page.getInt("total");
        for (int p = 1; (p - 1) * 5 < total; p++) {
            for (JsonValue item : json(Portal.get(base, "/api/v1/bulletins?size=5&page=" + p).body()).getJsonArray("items")) {
                dates.add(OffsetDateTime.parse(item.asJsonObject().getString("publishedAt")));
                assertTrue(slugs.add(item.asJsonObject().getString("slug")), "each bulletin once");
            }
        }
        assertEquals(total, slugs.size());
        for (int i = 1; i < dates.size(); i++) {
            assertFalse(dates.get(i).isAfter(dates.get(i - 1)), "newest first");
        }
        assertFalse(slugs.contains(DRAFT) || slugs.contains(SCHEDULED), "unpublished stay out of the API");

        JsonObject economy = json(Portal.get(base, "/api/v1/bulletins?category=kinh-te&size=100").body());
        assertFalse(economy.getJsonArray("items").isEmpty());
        for (JsonValue item : economy.getJsonArray("items")) {
            assertEquals("kinh-te", item.asJsonObject().getJsonObject("category").getString("slug"));
        }
        JsonObject beyond = json(Portal.get(base, "/api/v1/bulletins?page=1000").body());
        assertEquals(0, beyond.getJsonArray("items").size());
    }

    @Test
    void api_bulletin_adds_body_and_version_and_hides_unpublished() {
        HttpResponse<String> response = Portal.get(base, "/api/v1/bulletins/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-muoi-hai");
        assertEquals(200, response.statusCode());
        JsonObject bulletin = json(response.body());
        assertTrue(bulletin.getString("body").contains("<h2>Những kết quả nổi bật</h2>"));
        assertTrue(bulletin.containsKey("version"));
        assertEquals(2, bulletin.getJsonArray("figures").size());
        for (String slug : List.of(DRAFT, SCHEDULED, "khong-co")) {
            assertProblem(Portal.get(base, "/api/v1/bulletins/" + slug), 404);
        }
    }

    @Test
    void api_bad_parameters_get_400_problem_details() {
        for (String query : List.of("page=0", "page=abc", "page=-2", "size=0", "size=101", "size=x", "page=99999999999",
                "category=khong-co", "category=%3Cb%3E", "page=%00")) {
            JsonObject problem = assertProblem(Portal.get(base, "/api/v1/bulletins?" + query), 400);
            assertFalse(problem.getString("detail").isBlank(), query);
        }
        JsonObject english = assertProblem(Portal.get(base, "/api/v1/bulletins?size=500", "Accept-Language", "en"), 400);
        assertEquals("The size parameter must be a whole number from 1 to 100.", english.getString("detail"));
        assertProblem(Portal.get(base, "/api/v1/khong-co"), 404);
    }

    @Test
    void images_are_served_with_caching_and_revalidation() {
        Document doc = page(CONFERENCE, 200);
        String src = doc.selectFirst("article.bulletin figure img").attr("src");
        HttpResponse<byte[]> image = Portal.getBytes(base, src);
        assertEquals(200, image.statusCode());
        assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElse(""));
        assertEquals((byte) 0xFF, image.body()[0], "JPEG bytes");
        assertTrue(image.headers().firstValue("Cache-Control").orElse("").contains("max-age=3600"), "kept an hour: a withdrawal reaches caches soon");
        String etag = image.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Portal.get(base, src, "If-None-Match", etag).statusCode());
        assertEquals(404, Portal.get(base, "/anh/999999999.jpg").statusCode());
        assertEquals(404, Portal.get(base, "/anh/khong-phai-so.jpg").statusCode());
        assertEquals(404, Portal.get(base, src.replace(".jpg", ".png")).statusCode());
    }

    @Test
    void health_reports_the_database_ready() {
        HttpResponse<String> response = Portal.get(base, "/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = json(response.body());
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertEquals(200, Portal.get(base, "/health").statusCode());
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = json(response.body());
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.containsKey("title") && problem.containsKey("detail"));
        return problem;
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** jsoup's Elements without the import clash. */
    private static final class Elements extends ArrayList<Element> {
        Elements(List<Element> elements) {
            super(elements);
        }

        Element first() {
            return get(0);
        }
    }
}
