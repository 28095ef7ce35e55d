package vn.bantin.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** Documents made on the spot for the tests: real PDFs (PDFBox), DOCX and ODT packages. */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A one-page PDF saying {@code text}; saved compressed, so its objects sit in object streams. */
    public static byte[] pdf(String text) {
        try (PDDocument pdf = page(text)) {
            return save(pdf);
        }  catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A PDF that runs JavaScript when opened (an OpenAction), packed in an object stream. */
    public static byte[] pdfWithJavaScript() {
        try (PDDocument pdf = page("Mở tệp này")) {
            pdf.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('xin chào');"));
            return save(pdf);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A PDF with a link that starts another program. */
    public static byte[] pdfWithLaunchAction() {
        try (PDDocument pdf = page("Bấm vào đây")) {
            PDAnnotationLink link = new PDAnnotationLink();
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification(new org.apache.pdfbox.cos.COSString("calc.exe")));
            link.setAction(launch);
            link.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(50, 700, 200, 20));
            pdf.getPage(0).getAnnotations().add(link);
            return save(pdf);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A PDF that opens only with a password. */
    public static byte[] pdfWithPassword() {
        try (PDDocument pdf = page("Mật")) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            return save(pdf);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static byte[] docx() {
        return zip(Map.of(
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>",
                "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"),
                null);
    }

    /** A Word document with a macro project: what Word saves as .docm. */
    public static byte[] docxWithMacros() {
        return zip(Map.of(
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>",
                "word/document.xml", "<?xml version=\"1.0\"?><w:document/>",
                "word/vbaProject.bin", "Attribute VB_Name = \"AutoOpen\""),
                null);
    }

    /** An OpenDocument text: its first entry, stored, is the mimetype. */
    public static byte[] odt() {
        return zip(Map.of("content.xml", "<?xml version=\"1.0\"?><office:document-content/>",
                "META-INF/manifest.xml", "<?xml version=\"1.0\"?><manifest:manifest/>"),
                "application/vnd.oasis.opendocument.text");
    }

    /** An OpenDocument spreadsheet: a package, but not a text document. */
    public static byte[] ods() {
        return zip(Map.of("content.xml", "<?xml version=\"1.0\"?><office:document-content/>"),
                "application/vnd.oasis.opendocument.spreadsheet");
    }

    /** Any zip: a folder of photos, say. */
    public static byte[] zipOfOtherFiles() {
        return zip(Map.of("anh/1.txt", "không phải văn bản"), null);
    }

    private static PDDocument page(String text) throws IOException {
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(50, 700);
            // Standard 14 fonts carry no Vietnamese letters: the words are written without marks.
            content.showText(java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'),
                    java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
            content.endText();
        }
        return pdf;
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    private static byte[] zip(Map<String, String> entries, String odfMimetype) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (odfMimetype != null) {
                byte[] type = odfMimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry mimetype = new ZipEntry("mimetype");
                mimetype.setMethod(ZipEntry.STORED);
                mimetype.setSize(type.length);
                CRC32 crc = new CRC32();
                crc.update(type);
                mimetype.setCrc(crc.getValue());
                zip.putNextEntry(mimetype);
                zip.write(type);
                zip.closeEntry();
            }
            for (Map.Entry<String, String> entry : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
