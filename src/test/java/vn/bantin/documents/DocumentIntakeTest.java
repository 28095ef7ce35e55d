package vn.bantin.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class DocumentIntakeTest {

    private static String refusal(byte[] file) {
        return assertThrows(DocumentIntake.RejectedDocument.class, () -> DocumentIntake.check(file)).reason();
    }

    @Test
    void a_pdf_a_docx_and_an_odt_are_recognised_by_their_content() throws Exception {
        assertEquals(DocumentIntake.Format.PDF, DocumentIntake.check(TestDocuments.pdf("Quyết định số 123/QĐ-UBND")).format());
        assertEquals(DocumentIntake.Format.DOCX, DocumentIntake.check(TestDocuments.docx()).format());
        assertEquals(DocumentIntake.Format.ODT, DocumentIntake.check(TestDocuments.odt()).format());
    }

    @Test
    void what_is_accepted_carries_its_size_and_digest() throws Exception {
        byte[] pdf = TestDocuments.pdf("Kế hoạch");
        DocumentIntake.Accepted accepted = DocumentIntake.check(pdf);
        assertEquals(pdf.length, accepted.byteSize());
        assertEquals(vn.bantin.platform.Sha256.hex(pdf), accepted.digest());
    }

    @Test
    void a_pdf_that_runs_javascript_is_refused_even_inside_an_object_stream() {
        byte[] pdf = TestDocuments.pdfWithJavaScript();
        // Saved compressed, the action is not in the file's bytes as plain text: only parsing finds it.
        assertTrue(indexOf(pdf, "/JavaScript") < 0, "the script is hidden from a scan of the raw bytes");
        assertEquals(DocumentIntake.ACTIVE, refusal(pdf));
    }

    @Test
    void a_pdf_with_a_launch_action_is_refused() {
        assertEquals(DocumentIntake.ACTIVE, refusal(TestDocuments.pdfWithLaunchAction()));
    }

    @Test
    void a_pdf_whose_text_mentions_javascript_is_not_refused_for_it() throws Exception {
        assertEquals(DocumentIntake.Format.PDF,
                DocumentIntake.check(TestDocuments.pdf("Huong dan tat JavaScript /JS /Launch trong trinh duyet")).format());
    }

    @Test
    void a_pdf_locked_with_a_password_cannot_be_checked_and_is_refused() {
        assertEquals(DocumentIntake.DAMAGED, refusal(TestDocuments.pdfWithPassword()));
    }

    @Test
    void a_damaged_pdf_is_refused() {
        byte[] pdf = TestDocuments.pdf("Báo cáo");
        assertEquals(DocumentIntake.DAMAGED, refusal(Arrays.copyOf(pdf, 40)));
        assertEquals(DocumentIntake.DAMAGED, refusal("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void macros_are_refused() {
        assertEquals(DocumentIntake.MACROS, refusal(TestDocuments.docxWithMacros()));
    }

    @Test
    void a_file_is_not_taken_for_what_its_name_says() throws Exception {
        assertEquals(DocumentIntake.UNKNOWN, refusal("Quyết định số 123".getBytes(StandardCharsets.UTF_8)));
        assertEquals(DocumentIntake.UNKNOWN, refusal(TestDocuments.zipOfOtherFiles()));
        assertEquals(DocumentIntake.UNKNOWN, refusal(TestDocuments.ods()));
        assertEquals(DocumentIntake.UNKNOWN, refusal(vn.bantin.media.TestImages.jpegWithExif(10, 10)));
    }

    @Test
    void a_broken_package_is_refused() {
        byte[] docx = TestDocuments.docx();
        assertEquals(DocumentIntake.DAMAGED, refusal(Arrays.copyOf(docx, docx.length / 2)));
    }

    @Test
    void an_empty_or_oversized_file_is_refused() throws Exception {
        assertEquals(DocumentIntake.EMPTY, refusal(new byte[0]));
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.write(TestDocuments.pdf("Lớn"));
        big.write(new byte[DocumentIntake.MAX_BYTES]);
        assertEquals(DocumentIntake.TOO_LARGE, refusal(big.toByteArray()));
    }

    private static int indexOf(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= haystack.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
