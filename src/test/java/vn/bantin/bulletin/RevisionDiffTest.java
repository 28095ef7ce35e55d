package vn.bantin.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    @Test
    void bodies_are_compared_per_block() {
        assertEquals(List.of("<p>Một</p>", "<h2>Hai</h2>", "<ul><li>Ba</li>", "</ul>"),
                RevisionDiff.blocks("<p>Một</p><h2>Hai</h2><ul><li>Ba</li></ul>"));
        assertEquals(List.of(), RevisionDiff.blocks("  "));
    }

    @Test
    void changes_show_what_was_removed_and_added_in_place() {
        RevisionDiff.Field field = RevisionDiff.field("body",
                List.of("<p>Một</p>", "<p>Hai</p>", "<p>Ba</p>"),
                List.of("<p>Một</p>", "<p>Hai đã sửa</p>", "<p>Ba</p>", "<p>Bốn</p>"));
        assertTrue(field.changed());
        assertEquals(List.of(
                new RevisionDiff.Line(RevisionDiff.Kind.SAME, "<p>Một</p>"),
                new RevisionDiff.Line(RevisionDiff.Kind.REMOVED, "<p>Hai</p>"),
                new RevisionDiff.Line(RevisionDiff.Kind.ADDED, "<p>Hai đã sửa</p>"),
                new RevisionDiff.Line(RevisionDiff.Kind.SAME, "<p>Ba</p>"),
                new RevisionDiff.Line(RevisionDiff.Kind.ADDED, "<p>Bốn</p>")), field.lines());
    }

    @Test
    void identical_fields_are_unchanged() {
        RevisionDiff.Field field = RevisionDiff.field("title", List.of("Hội nghị"), List.of("Hội nghị"));
        assertFalse(field.changed());
        assertEquals(1, field.lines().size());
    }
}
