package vn.bantin.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

import vn.bantin.platform.Sha256;

/**
 * Decides whether an upload may be published as an official document. The file is recognised by
 * its content, never by its name: a PDF, a Word document (DOCX) or an OpenDocument text (ODT), up
 * to 20 MB. What could act on a reader's computer is refused: a PDF with JavaScript or a launch
 * action anywhere in it (PDFBox reads every object, also those packed in object streams, which a
 * scan of the raw bytes would miss), a DOCX or ODT carrying macros. Of an archive only the central
 * directory is read, so a zip bomb is never inflated.
 */
public final class DocumentIntake {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** The formats accepted, with their media type, extension and the name readers know them by. */
    public enum Format {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        ODT("application/vnd.oasis.opendocument.text", "odt");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        public static Format of(String mediaType) {
            return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Not a document format: " + mediaType));
        }
    }

    /** A file accepted: its format, size and SHA-256 (hex). */
    public record Accepted(Format format, long byteSize, String digest) {
    }

    /** Why a file was refused; the reason is a message key. */
    public static final class RejectedDocument extends Exception {
        private static final long serialVersionUID = 1L;

        public RejectedDocument(String reason) {
            super(reason, null, false, false);
        }

        public String reason() {
            return getMessage();
        }
    }

    static final String EMPTY = "document.empty";
    static final String TOO_LARGE = "document.tooLarge";
    static final String UNKNOWN = "document.unknownFormat";
    static final String DAMAGED = "document.damaged";
    static final String ACTIVE = "document.active";
    static final String MACROS = "document.macros";

    /** Names of PDF objects that run something: scripts and launch actions. */
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final Set<COSName> ACTIVE_KEYS = Set.of(COSName.JS, COSName.JAVA_SCRIPT, LAUNCH);
    private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, LAUNCH);
    /** A PDF with more objects than this is not a document an agency publishes. */
    private static final int MAX_PDF_OBJECTS = 2_000_000;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private DocumentIntake() {
    }

    public static Accepted check(byte[] bytes) throws RejectedDocument {
        if (bytes == null || bytes.length == 0) {
            throw new RejectedDocument(EMPTY);
        }
        if (bytes.length > MAX_BYTES) {
            throw new RejectedDocument(TOO_LARGE);
        }
        Format format;
        if (startsWith(bytes, PDF_MAGIC)) {
            checkPdf(bytes);
            format = Format.PDF;
        } else if (startsWith(bytes, ZIP_MAGIC)) {
            format = checkPackage(bytes);
        } else {
            throw new RejectedDocument(UNKNOWN);
        }
        return new Accepted(format, bytes.length, Sha256.hex(bytes));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static void checkPdf(byte[] bytes) throws RejectedDocument {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (hasActiveContent(pdf.getDocument())) {
                throw new RejectedDocument(ACTIVE);
            }
        } catch (IOException | RuntimeException unreadable) {
            // Damaged, or protected by a password: what cannot be read cannot be checked.
            throw new RejectedDocument(DAMAGED);
        }
    }

    /** Walks every object of the file, those the cross-reference table lists and all they hold. */
    static boolean hasActiveContent(COSDocument document) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> waiting = new ArrayDeque<>();
        waiting.push(document.getTrailer());
        for (COSObjectKey key : document.getXrefTable().keySet()) {
            COSObject object = document.getObjectFromPool(key);
            if (object != null) {
                waiting.push(object);
            }
        }
        while (!waiting.isEmpty()) {
            COSBase next = waiting.pop();
            COSBase item = next instanceof COSObject reference ? reference.getObject() : next;
            if (item == null || !seen.add(item)) {
                continue;
            }
            if (seen.size() > MAX_PDF_OBJECTS) {
                throw new IllegalStateException("Too many objects");
            }
            if (item instanceof COSDictionary dictionary) {
                for (COSName key : dictionary.keySet()) {
                    if (ACTIVE_KEYS.contains(key)) {
                        return true;
                    }
                }
                COSName type = dictionary.getCOSName(COSName.S);
                if (type != null && ACTIVE_ACTIONS.contains(type)) {
                    return true;
                }
                dictionary.getValues().forEach(waiting::push);
            } else if (item instanceof COSArray array) {
                array.forEach(waiting::push);
            }
        }
        return false;
    }

    /** A DOCX or ODT, told apart by the entries the formats require; anything else is refused. */
    private static Format checkPackage(byte[] bytes) throws RejectedDocument {
        Path file = null;
        try {
            // ZipFile reads the central directory alone: nothing is inflated but the ODT's
            // few-byte mimetype entry.
            file = Files.createTempFile("bantin-document", ".zip");
            Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return packageFormat(zip);
            }
        } catch (ZipException | RuntimeException damaged) {
            throw new RejectedDocument(DAMAGED);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the others by the system
                }
            }
        }
    }

    private static Format packageFormat(ZipFile zip) throws IOException, RejectedDocument {
        boolean contentTypes = false;
        boolean wordDocument = false;
        boolean macros = false;
        String first = null;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            first = first == null ? name : first;
            contentTypes |= name.equals("[Content_Types].xml");
            wordDocument |= name.equals("word/document.xml");
            // Word keeps macros in vbaProject.bin, OpenDocument in Basic/ and Scripts/.
            macros |= name.endsWith("vbaProject.bin") || name.startsWith("Basic/") || name.startsWith("Scripts/");
        }
        Format format = null;
        if (contentTypes && wordDocument) {
            format = Format.DOCX;
        } else if ("mimetype".equals(first) && Format.ODT.mediaType().equals(odfMimetype(zip))) {
            format = Format.ODT;
        }
        if (format == null) {
            throw new RejectedDocument(UNKNOWN);
        }
        if (macros) {
            throw new RejectedDocument(MACROS);
        }
        return format;
    }

    private static String odfMimetype(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry("mimetype");
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
        }
    }
}
