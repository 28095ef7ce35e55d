package vn.bantin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PublicRoutesTest {

    @Test
    void a_bulletin_and_a_section_address_name_their_page_and_slug() {
        assertEquals(Optional.of(new PublicRoutes.Route(PublicRoutes.Page.BULLETIN, "hoi-nghi")),
                PublicRoutes.route(PublicRoutes.bulletin("hoi-nghi")));
        assertEquals(Optional.of(new PublicRoutes.Route(PublicRoutes.Page.SECTION, "thoi-su")),
                PublicRoutes.route(PublicRoutes.section("thoi-su")));
        assertEquals(Optional.of(new PublicRoutes.Route(PublicRoutes.Page.SEARCH, null)), PublicRoutes.route("/tim-kiem"));
        assertEquals("/tin-tuc.xhtml", PublicRoutes.Page.BULLETIN.view());
    }

    @Test
    void addresses_below_or_beside_a_page_name_none() {
        assertEquals(Optional.empty(), PublicRoutes.route("/tin-tuc/"));
        assertEquals(Optional.empty(), PublicRoutes.route("/tin-tuc/a/b"));
        assertEquals(Optional.empty(), PublicRoutes.route("/chuyen-muc/thoi-su/"));
        assertEquals(Optional.empty(), PublicRoutes.route("/tim-kiem/x"));
    }

    @Test
    void only_public_reads_may_be_kept_by_the_page_cache() {
        for (String kept : new String[] {"/", "/tin-tuc/a", "/chuyen-muc/b", "/tim-kiem", "/rss", "/rss/thoi-su",
                "/atom", "/atom/thoi-su", "/sitemap.xml", "/robots.txt", "/api/v1/bulletins", "/api/v1/bulletins/a",
                "/api/v1/search"}) {
            assertTrue(PublicRoutes.isCacheable(kept), kept);
        }
        for (String notKept : new String[] {"/admin/", "/admin/ban-tin.xhtml", "/co-chu", "/ngon-ngu", "/rssx",
                "/atomic", "/luu-tru/a.pdf", "/anh/1.jpg", "/health/ready", "/api/v1/tokens", "/index.xhtml"}) {
            assertFalse(PublicRoutes.isCacheable(notKept), notKept);
        }
    }

    @Test
    void crawlers_are_kept_out_of_the_back_office_search_and_the_reading_counter() {
        assertEquals(List.of("/admin/", "/tim-kiem", "/luot-doc/"), PublicRoutes.notForCrawlers());
        assertFalse(PublicRoutes.isCacheable(PublicRoutes.reading(7)), "each reading must reach the counter");
        assertEquals("/rss/thoi-su", PublicRoutes.feed(false, "thoi-su"));
        assertEquals("/atom", PublicRoutes.feed(true, null));
        assertEquals("/luu-tru/hoi-nghi.pdf", PublicRoutes.archive("hoi-nghi"));
    }
}
