package vn.bantin.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hội nghị Ban Chấp hành|hoi-nghi-ban-chap-hanh",
        "Đường tỉnh 741 được nâng cấp|duong-tinh-741-duoc-nang-cap",
        "ĐỒNG BẰNG SÔNG CỬU LONG|dong-bang-song-cuu-long",
        "Văn hóa - Xã hội|van-hoa-xa-hoi",
        "  Khai mạc: 30.000 m³/ngày!  |khai-mac-30-000-m-ngay",
        "Ứng phó bão số 3 (Yagi)|ung-pho-bao-so-3-yagi",
        "Thủy lợi, thuỷ điện|thuy-loi-thuy-dien",
    })
    void slugs_drop_marks_and_map_d_with_stroke(String title, String slug) {
        assertEquals(slug, VietnameseText.slug(title));
        assertTrue(VietnameseText.isSlug(slug));
    }

    @Test
    void decomposed_input_gives_the_same_slug() {
        String decomposed = Normalizer.normalize("Hội nghị Ban Chấp hành", Normalizer.Form.NFD);
        assertEquals("hoi-nghi-ban-chap-hanh", VietnameseText.slug(decomposed));
    }

    @Test
    void long_titles_are_cut_at_a_word_boundary() {
        String slug = VietnameseText.slug("Hội nghị ".repeat(40));
        assertTrue(slug.length() <= 120, slug);
        assertFalse(slug.endsWith("-"));
        assertTrue(slug.endsWith("hoi-nghi") || slug.endsWith("hoi"), slug);
    }

    @Test
    void nfc_composes_and_leaves_null_alone() {
        String decomposed = Normalizer.normalize("Nghệ An", Normalizer.Form.NFD);
        assertEquals(9, decomposed.length(), "ệ decomposed is three code points");
        assertEquals(7, VietnameseText.nfc(decomposed).length());
        assertEquals("Nghệ An", VietnameseText.nfc(decomposed));
        assertTrue(Normalizer.isNormalized(VietnameseText.nfc(decomposed), Normalizer.Form.NFC));
        assertNull(VietnameseText.nfc(null));
        assertEquals("Nghệ An", VietnameseText.clean("  " + decomposed + "\n"));
    }

    @Test
    void only_lower_case_ascii_groups_are_slugs() {
        for (String bad : new String[] {"", "-a", "a-", "a--b", "Hoi", "hội", "a b", "a/b", "a".repeat(121)}) {
            assertFalse(VietnameseText.isSlug(bad), bad);
        }
    }

    @Test
    void characters_no_document_can_carry_are_found_and_can_be_removed() {
        for (String bad : java.util.List.of("a\u0001b", "a\uFFFEb", "a\uFFFF", "a\ud800b", "\udc00b", "x\u0000", "\u001b[31m")) {
            assertTrue(VietnameseText.hasForbiddenCharacters(bad), bad);
            assertFalse(VietnameseText.hasForbiddenCharacters(
                    VietnameseText.withoutForbiddenCharacters(bad)), bad);
        }
        for (String good : java.util.List.of("Hội nghị\ttổng kết\r\n", "Biểu tượng \ud83d\ude00", "")) {
            assertFalse(VietnameseText.hasForbiddenCharacters(good), good);
            assertEquals(good, VietnameseText.withoutForbiddenCharacters(good));
        }
        assertEquals("ab", VietnameseText.withoutForbiddenCharacters("a\u0001\uFFFEb"));
    }
}
