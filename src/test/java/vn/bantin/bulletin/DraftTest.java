package vn.bantin.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.bantin.bulletin.EditorialService.Draft;
import vn.bantin.platform.FieldProblem;

/** The field rules the editor, the write API and EditorialService share. */
class DraftTest {

    private static Draft draft(String title, String slug, String lead, Long categoryId) {
        return new Draft(title, slug, lead, "<p>Nội dung</p>", categoryId, "Minh Anh");
    }

    @Test
    void a_complete_draft_has_no_problems() {
        assertEquals(List.of(), draft("Hội nghị triển khai nhiệm vụ năm 2027", "hoi-nghi", "Sáng nay...", 1L).problems());
        assertEquals(List.of(), draft("Hội nghị", null, null, 1L).problems(), "address and lead may be left out");
    }

    @Test
    void each_broken_rule_names_its_field_and_what_to_do() {
        assertEquals(List.of(new FieldProblem("title", "editor.titleRequired"),
                new FieldProblem("slug", "editor.slugInvalid"),
                new FieldProblem("lead", "editor.leadTooLong"),
                new FieldProblem("category", "editor.categoryRequired")),
                draft(" ", "Hội Nghị!", "x".repeat(Bulletin.MAX_LEAD + 1), null).problems());
        assertEquals(List.of(new FieldProblem("title", "editor.titleTooLong")),
                draft("x".repeat(Bulletin.MAX_TITLE + 1), null, null, 1L).problems());
    }

    @Test
    void a_control_character_is_refused_first_for_its_field() {
        List<FieldProblem> problems = draft("Hội\u0007nghị", null, null, 1L).problems();
        assertEquals(new FieldProblem("title", "text.forbiddenCharacters"), problems.get(0));
        Draft author = new Draft("Hội nghị", null, null, null, 1L, "Minh\u0000Anh");
        assertEquals(List.of(new FieldProblem("author", "text.forbiddenCharacters")), author.problems());
    }
}
