package vn.bantin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {

    private final VietnameseAnalyzer folded = VietnameseAnalyzer.folded();
    private final VietnameseAnalyzer exact = VietnameseAnalyzer.exact();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Hội nghị, hoi nghi",
            "HỘI NGHỊ, hoi nghi",
            "hoi nghi, hoi nghi",
            "Ban Chấp hành, ban chap hanh",
            "Đảng bộ, dang bo",
            "đường, duong",
            "ĐƯỜNG TỈNH, duong tinh",
            "Nghệ An, nghe an",
            "Thừa Thiên Huế, thua thien hue",
            "Bà Rịa – Vũng Tàu, ba ria vung tau",
            "khuyến nông, khuyen nong",
            "thủ tục hành chính, thu tuc hanh chinh",
            "ngưỡng, nguong",
            "ỷ lại, y lai",
            "Quốc hội, quoc hoi",
            "chuyển đổi số, chuyen doi so",
    })
    void folding_ignores_case_marks_and_d_bar(String text, String words) {
        assertEquals(List.of(words.split(" ")), folded.words(text));
    }

    @Test
    void decomposed_input_finds_the_same_words_as_precomposed() {
        String composed = "Hội nghị Ban Chấp hành Đảng bộ";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertNotEquals(composed, decomposed, "the test input really is decomposed");
        assertEquals(folded.words(composed), folded.words(decomposed));
        assertEquals(exact.words(composed), exact.words(decomposed));
        assertEquals(List.of("hội", "nghị", "ban", "chấp", "hành", "đảng", "bộ"), exact.words(decomposed));
    }

    @Test
    void exact_words_keep_marks_and_only_lower_case() {
        assertEquals(List.of("hội", "nghị"), exact.words("HỘI NGHỊ"));
        assertNotEquals(exact.words("ba"), exact.words("bà"), "bà and ba are different words");
        assertEquals(folded.words("ba"), folded.words("bà"), "but the folded index finds either");
    }

    @Test
    void numbers_and_punctuation_split_words_as_readers_expect() {
        assertEquals(List.of("12.400", "ty", "dong", "7,2"), folded.words("12.400 tỷ đồng; 7,2%"));
    }
}
