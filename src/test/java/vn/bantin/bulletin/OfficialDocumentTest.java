package vn.bantin.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.bantin.category.Category;
import vn.bantin.documents.DocumentIntake;

class OfficialDocumentTest {

    private static final DocumentIntake.Accepted PDF = new DocumentIntake.Accepted(DocumentIntake.Format.PDF, 245_760,
            "0".repeat(64));

    private static OfficialDocument document(String number, String abstractText) {
        Bulletin bulletin = new Bulletin("Tỉnh ban hành kế hoạch", "tinh-ban-hanh-ke-hoach", new Category("Thời sự", "thoi-su", 1));
        return bulletin.addDocument(PDF, "ke-hoach.pdf", new OfficialDocument.Details(number, LocalDate.of(2026, 11, 30),
                "Ủy ban nhân dân tỉnh", abstractText));
    }

    @Test
    void the_kind_is_read_from_the_code_in_the_number() {
        assertEquals("QD", document("123/QĐ-UBND", "a").getKind());
        assertEquals("QD", document("123/QD-UBND", "a").getKind());
        assertEquals("ND", document("15/2020/NĐ-CP", "a").getKind());
        assertEquals("NQ", document("12-NQ/TU", "a").getKind());
        assertEquals("TTR", document("45/TTr-UBND", "a").getKind());
        assertEquals("KH", document("215/KH-UBND", "a").getKind());
        // A letter ("công văn") has no kind code, only the issuer's.
        assertEquals("other", document("3456/UBND-VX", "a").getKind());
        assertEquals("other", document(null, "a").getKind());
    }

    @Test
    void the_publish_gate_wants_a_number_and_an_abstract_for_each_document() {
        OfficialDocument missing = document("  ", null);
        Bulletin bulletin = missing.getBulletin();
        bulletin.setLead("Tóm tắt");
        assertEquals(java.util.List.of("document-0-number", "document-0-abstract"),
                PublishGate.problems(bulletin).stream().map(vn.bantin.platform.FieldProblem::field).toList());
        missing.describe(new OfficialDocument.Details("123/QĐ-UBND", null, null, "Về việc phê duyệt kế hoạch"));
        assertTrue(PublishGate.problems(bulletin).isEmpty());
    }

    @Test
    void the_file_is_named_as_uploaded_with_the_extension_of_its_content() {
        assertEquals("Quyết định 123.pdf", OfficialDocument.fileName("C:\\Văn bản\\Quyết định 123.exe", "pdf"));
        assertEquals("bao-cao.pdf", OfficialDocument.fileName("../../bao-cao\".pdf", "pdf"));
        assertEquals("van-ban.docx", OfficialDocument.fileName("\u0000.docx", "docx"));
        assertEquals("van-ban.odt", OfficialDocument.fileName(null, "odt"));
        assertEquals(OfficialDocument.MAX_FILE_NAME, OfficialDocument.fileName("a".repeat(500) + ".pdf", "pdf").length());
    }

    @Test
    void details_are_checked_for_length_characters_and_date() {
        assertEquals(java.util.List.of("d.number", "d.abstract", "d.issuedOn"), OfficialDocument.problems(
                new OfficialDocument.Details("1".repeat(101), LocalDate.of(1800, 1, 1), null, "x\u0007y"), "d.")
                .stream().map(vn.bantin.platform.FieldProblem::field).toList());
    }
}
