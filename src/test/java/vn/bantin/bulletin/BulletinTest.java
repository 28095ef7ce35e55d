package vn.bantin.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.bantin.category.Category;

class BulletinTest {

    private final Category news = new Category("Thời sự", "thoi-su", 1);
    private final Instant now = Instant.parse("2026-11-29T08:00:00Z");

    private Bulletin bulletin() {
        return new Bulletin("Hội nghị", "hoi-nghi", news);
    }

    @Test
    void a_new_bulletin_is_a_draft_and_hidden() {
        Bulletin b = bulletin();
        assertEquals(BulletinStatus.DRAFT, b.getStatus());
        assertFalse(b.isVisibleAt(now));
    }

    @Test
    void published_bulletins_are_visible_from_their_publication_time_on() {
        Bulletin b = bulletin();
        b.publish(now);
        assertTrue(b.isVisibleAt(now));
        assertTrue(b.isVisibleAt(now.plusSeconds(1)));
        assertFalse(b.isVisibleAt(now.minusSeconds(1)), "scheduled: not before its time");
    }

    @Test
    void the_workflow_refuses_moves_it_does_not_have() {
        Bulletin b = bulletin();
        assertThrows(Bulletin.IllegalMoveException.class, () -> b.sendBack("Cần sửa"), "only a bulletin in review is sent back");
        assertThrows(Bulletin.IllegalMoveException.class, b::withdrawFromReview, "a draft is not in review");
        b.submitForReview();
        assertEquals(BulletinStatus.IN_REVIEW, b.getStatus());
        b.sendBack("Cần thêm số liệu của quý III.");
        assertEquals(BulletinStatus.DRAFT, b.getStatus());
        assertEquals("Cần thêm số liệu của quý III.", b.getReviewComment(), "the author reads why");
        b.submitForReview();
        assertEquals(null, b.getReviewComment(), "a new submission clears the old comment");
        b.withdrawFromReview();
        assertEquals(BulletinStatus.DRAFT, b.getStatus());
        b.publish(now);
        assertThrows(Bulletin.IllegalMoveException.class, b::submitForReview, "a published bulletin is not submitted");
        assertEquals("bulletin.illegalMove", assertThrows(Bulletin.IllegalMoveException.class, b::withdrawFromReview).getMessage());
        b.backToDraft();
        assertEquals(BulletinStatus.DRAFT, b.getStatus(), "an editor takes it back to draft");
    }

    @Test
    void review_and_archive_hide_a_bulletin() {
        Bulletin inReview = bulletin();
        inReview.submitForReview();
        inReview.setPublishedAt(now.minus(Duration.ofDays(1)));
        assertFalse(inReview.isVisibleAt(now));
        Bulletin archived = bulletin();
        archived.publish(now.minus(Duration.ofDays(1)));
        archived.archive();
        assertFalse(archived.isVisibleAt(now));
        Bulletin noTime = bulletin();
        assertThrows(NullPointerException.class, () -> noTime.publish(null), "nothing is published without a time");
        assertFalse(noTime.isVisibleAt(now), "so it stays a draft, not public");
    }

    @Test
    void an_expired_bulletin_leaves_the_public_at_its_expiry() {
        Bulletin b = bulletin();
        b.publish(now.minus(Duration.ofDays(2)));
        b.setExpiresAt(now);
        assertTrue(b.isVisibleAt(now.minusSeconds(1)));
        assertFalse(b.isVisibleAt(now), "gone at the expiry instant");
        assertThrows(IllegalArgumentException.class, () -> b.setExpiresAt(now.minus(Duration.ofDays(3))),
                "an expiry before the publication makes no sense");
    }

    @Test
    void text_fields_are_stored_composed_and_trimmed() {
        Bulletin b = new Bulletin(Normalizer.normalize("  Hội nghị tỉnh ", Normalizer.Form.NFD), "hoi-nghi", news);
        b.setLead(Normalizer.normalize("Lời dẫn", Normalizer.Form.NFD));
        b.setAuthorName("   ");
        assertEquals("Hội nghị tỉnh", b.getTitle());
        assertEquals("Lời dẫn", b.getLead());
        assertEquals(null, b.getAuthorName(), "blank author means none");
    }

    @Test
    void required_fields_and_limits_are_guarded() {
        assertThrows(IllegalArgumentException.class, () -> new Bulletin(" ", "a", news));
        assertThrows(IllegalArgumentException.class, () -> new Bulletin("Tiêu đề", "Không phải slug", news));
        assertThrows(NullPointerException.class, () -> new Bulletin("Tiêu đề", "tieu-de", null));
        assertThrows(IllegalArgumentException.class, () -> bulletin().setLead("x".repeat(Bulletin.MAX_LEAD + 1)));
    }

    @Test
    void body_keeps_structure_and_drops_what_is_dangerous() {
        Bulletin b = bulletin();
        b.setBody("<h2 onclick=\"x()\">Mục</h2><p>Đoạn <a href=\"https://example.org\">liên kết</a></p>"
                + "<script>alert(1)</script><a href=\"javascript:alert(1)\">x</a><img src=x onerror=alert(1)>"
                + "<p style=\"color:red\">Màu</p><iframe src=\"https://example.org\"></iframe>");
        String body = b.getBody();
        assertTrue(body.contains("<h2>Mục</h2>"), body);
        assertTrue(body.contains("href=\"https://example.org\""), body);
        for (String bad : new String[] {"script", "onclick", "javascript", "onerror", "<img", "style", "iframe"}) {
            assertFalse(body.contains(bad), bad + " in " + body);
        }
    }
}
