package vn.bantin.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import vn.bantin.platform.Messages;
import vn.bantin.reading.ReadingPreferences.LineSpacing;

class ReadingPreferencesTest {

    private static final ResourceBundle VI = Messages.bundle(Messages.VIETNAMESE);

    @Test
    void a_set_goes_into_its_cookie_and_comes_back_the_same() {
        ReadingPreferences set = new ReadingPreferences(LineSpacing.DOUBLE, true, false, true);
        assertEquals("20.1.0.1", set.toCookie());
        assertEquals(set, ReadingPreferences.fromCookie(set.toCookie()));
        assertEquals("doc gian-dong-2 gian-chu phong-de-doc", set.htmlClass());
        assertEquals("10.0.0.0", ReadingPreferences.DEFAULT.toCookie());
        assertEquals("doc", ReadingPreferences.DEFAULT.htmlClass());
    }

    @Test
    void any_other_cookie_value_means_the_defaults() {
        for (String forged : new String[] { null, "", "15.1.1", "15.1.1.1.1", "12.0.0.0", "15.2.0.0", "15.1.1.1;x",
                "\" onload=\"alert(1)", "15.1.1.1 tuong-phan\"><script>" }) {
            assertEquals(ReadingPreferences.DEFAULT, ReadingPreferences.fromCookie(forged), String.valueOf(forged));
        }
    }

    @Test
    void the_form_gives_a_line_spacing_and_the_boxes_ticked() {
        assertEquals(new ReadingPreferences(LineSpacing.ONE_AND_HALF, false, true, false),
                ReadingPreferences.fromForm("15", null, "co", null));
        assertNull(ReadingPreferences.fromForm("3", "co", null, null), "an unknown line spacing is refused");
        assertNull(ReadingPreferences.fromForm(null, "co", null, null));
    }

    /** The banner as layout.xhtml, text-size.xhtml and reading-preferences.xhtml write it for everyone. */
    private static String pageForEveryone(String content) {
        return "<html lang=\"vi\" " + PersonalMarkup.htmlAttributes(TextSize.DEFAULT, ReadingPreferences.DEFAULT) + "><body>"
                + "<button type=\"submit\" name=\"doi\" value=\"giam\" class=\"text-size-button\" aria-disabled=\"true\">"
                + "<button type=\"submit\" name=\"doi\" value=\"tang\" class=\"text-size-button\" aria-disabled=\"false\">"
                + "<p class=\"text-size-status\" role=\"status\">Cỡ chữ: 100%</p>"
                + "<input type=\"radio\" name=\"gian-dong\" value=\"thuong\" id=\"tuy-chon-dong-thuong\" checked=\"checked\" />"
                + "<input type=\"radio\" name=\"gian-dong\" value=\"15\" id=\"tuy-chon-dong-15\" />"
                + "<input type=\"radio\" name=\"gian-dong\" value=\"2\" id=\"tuy-chon-dong-2\" />"
                + "<input type=\"checkbox\" name=\"gian-chu\" value=\"co\" id=\"tuy-chon-gian-chu\" />"
                + "<input type=\"checkbox\" name=\"tuong-phan\" value=\"co\" id=\"tuy-chon-tuong-phan\" />"
                + "<input type=\"checkbox\" name=\"phong-de-doc\" value=\"co\" id=\"tuy-chon-phong-de-doc\" />"
                + content + "</body></html>";
    }

    private static String personal(TextSize size, ReadingPreferences reading, String page) {
        return new String(PersonalMarkup.of(size, reading, VI).apply(page.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
    }

    @Test
    void a_readers_page_is_the_page_for_everyone_with_their_choices_set() {
        String page = pageForEveryone("<p>Nội dung</p>");
        String mine = personal(new TextSize(200), new ReadingPreferences(LineSpacing.ONE_AND_HALF, true, true, false), page);
        assertTrue(mine.contains("data-text-size=\"200\" class=\"doc gian-dong-15 gian-chu tuong-phan\""), mine);
        assertTrue(mine.contains("value=\"giam\" class=\"text-size-button\" aria-disabled=\"false\""), mine);
        assertTrue(mine.contains("value=\"tang\" class=\"text-size-button\" aria-disabled=\"true\""), mine);
        assertTrue(mine.contains("role=\"status\">Cỡ chữ: 200%</p>"), mine);
        assertTrue(mine.contains("id=\"tuy-chon-dong-thuong\" />"), "normal spacing no longer ticked: " + mine);
        assertTrue(mine.contains("id=\"tuy-chon-dong-15\" checked=\"checked\" />"), mine);
        assertTrue(mine.contains("id=\"tuy-chon-gian-chu\" checked=\"checked\" />"), mine);
        assertTrue(mine.contains("id=\"tuy-chon-tuong-phan\" checked=\"checked\" />"), mine);
        assertTrue(mine.contains("id=\"tuy-chon-phong-de-doc\" />"), mine);
        assertTrue(mine.endsWith("<p>Nội dung</p></body></html>"));

        assertSame(PersonalMarkup.NONE, PersonalMarkup.of(TextSize.DEFAULT, ReadingPreferences.DEFAULT, VI));
        assertEquals(page, personal(TextSize.DEFAULT, ReadingPreferences.DEFAULT, page), "the defaults change nothing");
    }

    @Test
    void text_in_the_content_that_looks_like_the_controls_is_left_alone() {
        String trap = "<p>id=\"tuy-chon-gian-chu\" data-text-size=\"100\" class=\"doc\"</p>";
        String mine = personal(new TextSize(125), new ReadingPreferences(LineSpacing.NORMAL, true, false, false),
                pageForEveryone(trap));
        assertTrue(mine.endsWith(trap + "</body></html>"), mine);
    }

    @Test
    void an_answer_that_is_not_a_page_is_left_alone() {
        String json = "{\"title\":\"Hội nghị\"}";
        assertEquals(json, personal(new TextSize(150), new ReadingPreferences(LineSpacing.DOUBLE, true, true, true), json));
    }
}
