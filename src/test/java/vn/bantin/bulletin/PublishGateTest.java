package vn.bantin.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.bantin.category.Category;
import vn.bantin.media.StoredImage;

class PublishGateTest {

    private final Category news = new Category("Thời sự", "thoi-su", 1);

    private Bulletin bulletin(String lead, String body) {
        Bulletin b = new Bulletin("Hội nghị", "hoi-nghi", news);
        b.setLead(lead);
        b.setBody(body);
        return b;
    }

    private static List<String> fields(Bulletin b) {
        return PublishGate.problems(b).stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void a_complete_bulletin_passes() {
        assertEquals(List.of(), fields(bulletin("Tóm tắt", "<p>a</p><h2>b</h2><h3>c</h3><h2>d</h2><h3>e</h3><h4>f</h4>")));
    }

    @Test
    void an_empty_lead_is_refused_at_its_field() {
        assertEquals(List.of("lead:gate.leadEmpty"), fields(bulletin(" ", "<p>a</p>")));
    }

    @Test
    void headings_may_not_skip_a_level_or_repeat_the_page_title() {
        assertTrue(PublishGate.skipsHeadingLevels("<h2>a</h2><h4>b</h4>"));
        assertTrue(PublishGate.skipsHeadingLevels("<h3>a</h3>"), "the body starts at h2");
        assertTrue(PublishGate.skipsHeadingLevels("<h1>a</h1>"), "h1 is the page's title");
        assertFalse(PublishGate.skipsHeadingLevels("<h2>a</h2><h3>b</h3><h2>c</h2>"));
        assertFalse(PublishGate.skipsHeadingLevels("<p>no headings</p>"));
        assertEquals(List.of("body:gate.headingSkipped"), fields(bulletin("Tóm tắt", "<h2>a</h2><h4>b</h4>")));
    }

    @Test
    void figures_need_alt_text_that_is_not_the_caption_unless_decorative() {
        Bulletin b = bulletin("Tóm tắt", "<p>a</p>");
        StoredImage image = new StoredImage("image/jpeg", 10, 10, 100);
        b.addFigure(image, null, "Các đại biểu dự Hội nghị", null, false);
        b.addFigure(image, "Các đại biểu dự Hội nghị", "Các đại biểu dự Hội nghị", null, false);
        b.addFigure(image, null, "Hoa trang trí", null, true);
        b.addFigure(image, "Hội trường có băng rôn đỏ", "Các đại biểu dự Hội nghị", null, false);
        assertEquals(List.of("figure-0:gate.altMissing", "figure-1:gate.altEqualsCaption"), fields(b));
    }

    @Test
    void generic_link_texts_are_found_in_vietnamese_and_english() {
        assertEquals(List.of("Xem thêm", "tại đây", "click here"), PublishGate.genericLinkTexts(
                "<p><a href=\"https://a.vn\">Xem thêm</a> và <a href=\"https://b.vn\"><strong>tại đây</strong></a>"
                + " <a href=\"https://c.vn\">click here</a> <a href=\"https://d.vn\">Toàn văn Nghị quyết số 12</a></p>"));
        assertEquals(List.of(), PublishGate.genericLinkTexts("<p>Không có liên kết</p>"));
    }
}
