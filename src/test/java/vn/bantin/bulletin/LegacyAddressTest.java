package vn.bantin.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LegacyAddressTest {

    private static String key(String written) {
        return LegacyAddress.parse(written).address().orElseThrow().getMatchKey();
    }

    private static String refusal(String written) {
        return LegacyAddress.parse(written).problem();
    }

    @Test
    void addresses_match_as_old_servers_matched_them() {
        String key = key("/Pages/tin-tuc.aspx?ItemID=123&List=TinTuc");
        assertEquals(key, LegacyAddress.key("/pages/TIN-TUC.aspx?list=tintuc&itemid=123"), "any case, any order");
        assertEquals(key, LegacyAddress.key("/Pages/tin-tuc.aspx?ItemID=123&&List=TinTuc"), "empty parameters ignored");
        assertEquals(key("/tin-tức/đoàn-công-tác"), LegacyAddress.key("/tin-t%E1%BB%A9c/%C4%91o%C3%A0n-c%C3%B4ng-t%C3%A1c"),
                "percent-decoded");
        assertEquals(key("/tìm?q=hội nghị"), LegacyAddress.key("/t%C3%ACm?q=h%E1%BB%99i+ngh%E1%BB%8B"), "+ is a space in a query");
        // Decomposed marks (as some old systems stored them) are the same letters.
        assertEquals(key("/tin-tức"), LegacyAddress.key("/tin-tu\u031B\u0301c"));
        assertEquals("/a.html?", LegacyAddress.pathOnly(key("/a.html?utm_source=x")));
        assertNull(LegacyAddress.key("/a%zz"), "not decodable: no key");
    }

    @Test
    void only_paths_on_this_site_are_taken() {
        for (String outside : new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
                "tin/a.html", "", "   ", "/a#b", "/a\u0000b", "/a\tb"}) {
            assertEquals(LegacyAddress.NOT_A_PATH, refusal(outside), outside);
        }
        assertEquals(LegacyAddress.TOO_LONG, refusal("/" + "a".repeat(2000)));
        assertTrue(LegacyAddress.parse("  /tin/a.html  ").address().isPresent(), "spaces around are trimmed");
    }

    @Test
    void the_portals_own_addresses_are_never_old_ones() {
        for (String own : new String[] {"/", "/tin-tuc/hoi-nghi", "/tin-tuc/hoi-nghi/", "/chuyen-muc/thoi-su",
                "/chuyen-muc/thoi-su?trang=2", "/admin/", "/API/v1/bulletins", "/anh/1.jpg", "/rss", "/sitemap.xml",
                "/tim-kiem?q=a", "/jakarta.faces.resource/x.css", "/luot-doc/5"}) {
            assertEquals(LegacyAddress.PORTALS_OWN, refusal(own), own);
        }
        for (String old : new String[] {"/?p=123", "/tin-tuc/2024/06/hoi-nghi.html", "/tin-tuc/hoi-nghi.html",
                "/Pages/tin-tuc.aspx?ItemID=1", "/index.php?option=com_content&id=5", "/chuyen-muc/a/b"}) {
            assertTrue(LegacyAddress.parse(old).address().isPresent(), old);
        }
    }
}
