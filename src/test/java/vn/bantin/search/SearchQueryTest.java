package vn.bantin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void loose_words_are_each_required_and_quoted_words_form_a_phrase() {
        SearchQuery query = SearchQuery.parse("Hội nghị \"Ban Chấp hành\"");
        List<SearchQuery.Part> parts = query.parts();
        assertEquals(3, parts.size());
        assertEquals(List.of("hoi"), parts.get(0).folded());
        assertEquals(List.of("nghị"), parts.get(1).exact());
        assertTrue(parts.get(2).phrase());
        assertEquals(List.of("ban", "chap", "hanh"), parts.get(2).folded());
        assertEquals(List.of("ban", "chấp", "hành"), parts.get(2).exact());
    }

    @Test
    void typographic_quotes_and_an_unclosed_quote_still_make_phrases() {
        assertTrue(SearchQuery.parse("“đường tỉnh”").parts().get(0).phrase());
        assertTrue(SearchQuery.parse("\"đường tỉnh").parts().get(0).phrase());
    }

    @Test
    void lucene_syntax_means_nothing_and_empty_input_has_no_words() {
        SearchQuery query = SearchQuery.parse("title: hoi AND (nghi)~2 * -");
        assertEquals(List.of("title", "hoi", "and", "nghi", "2"),
                query.parts().stream().flatMap(p -> p.folded().stream()).toList());
        assertFalse(SearchQuery.parse("  \" \" ").hasWords());
        assertFalse(SearchQuery.parse(null).hasWords());
    }

    @Test
    void words_beyond_the_limit_are_left_out() {
        SearchQuery query = SearchQuery.parse("hội ".repeat(100));
        assertEquals(SearchQuery.MAX_WORDS, query.parts().size());
    }

    @Test
    void body_text_loses_its_markup_and_keeps_its_characters() {
        assertEquals("Tiêu đề\nĐoạn có liên kết & \"trích dẫn\".",
                PlainText.of("<h2>Tiêu đề</h2><p>Đoạn có <a href=\"https://a.vn\">liên kết</a> &amp; &#34;trích dẫn&#34;.</p>"));
    }
}
