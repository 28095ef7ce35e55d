package vn.bantin.bulletin;

import java.io.Serializable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.bantin.documents.DocumentIntake;
import vn.bantin.text.VietnameseText;

/**
 * An official document ("văn bản") a bulletin carries: the file as checked by
 * {@link DocumentIntake}, with its number ("số ký hiệu", 123/QĐ-UBND), issue date, issuing body
 * and abstract ("trích yếu"). The bytes are in {@code documents.DocumentFile}. A document never
 * changes its file: a new file is a new document.
 */
@Entity
@Table(name = "official_document")
public class OfficialDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_NUMBER = 100;
    public static final int MAX_ISSUER = 300;
    public static final int MAX_ABSTRACT = 2000;
    public static final int MAX_FILE_NAME = 200;

    /**
     * The kinds a number's code names (Decree 30/2020 on administrative documents): 123/QĐ-UBND is
     * a decision ("quyết định"). Keys of the messages {@code document.kind.*}, without marks.
     */
    private static final Set<String> KINDS = Set.of("QD", "NQ", "CT", "KH", "TB", "BC", "HD", "TTR", "ND", "TT", "QC",
            "CTR", "DA", "BB");

    @Id
    @SequenceGenerator(name = "official_document_seq", sequenceName = "official_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "official_document_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bulletin_id", nullable = false)
    private Bulletin bulletin;

    @Column(nullable = false)
    private int position;

    @Column(name = "file_name", nullable = false, length = MAX_FILE_NAME)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(name = "file_digest", nullable = false, length = 64)
    private String fileDigest;

    @Column(name = "doc_number", length = MAX_NUMBER)
    private String number;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(length = MAX_ISSUER)
    private String issuer;

    @Column(name = "abstract_text", length = MAX_ABSTRACT)
    private String abstractText;

    protected OfficialDocument() {
    }

    OfficialDocument(Bulletin bulletin, int position, DocumentIntake.Accepted file, String fileName, Details details) {
        this.bulletin = Objects.requireNonNull(bulletin);
        this.position = position;
        this.mediaType = file.format().mediaType();
        this.byteSize = file.byteSize();
        this.fileDigest = file.digest();
        this.fileName = fileName(fileName, file.format().extension());
        describe(details);
    }

    /** What an editor types about a document. Text is cleaned (NFC, no control characters). */
    public record Details(String number, LocalDate issuedOn, String issuer, String abstractText) implements Serializable {
    }

    /** New details; the file stays. */
    public void describe(Details details) {
        this.number = Figure.optional(details.number(), MAX_NUMBER);
        this.issuedOn = details.issuedOn();
        this.issuer = Figure.optional(details.issuer(), MAX_ISSUER);
        this.abstractText = Figure.optional(details.abstractText(), MAX_ABSTRACT);
    }

    /** The details as kept. */
    public Details details() {
        return new Details(number, issuedOn, issuer, abstractText);
    }

    /** The problems of what was typed, keyed by {@code prefix + field}; empty when it may be kept. */
    public static java.util.List<vn.bantin.platform.FieldProblem> problems(Details details, String prefix) {
        java.util.List<vn.bantin.platform.FieldProblem> problems = new java.util.ArrayList<>();
        tooLong(details.number(), MAX_NUMBER, prefix + "number", problems);
        tooLong(details.issuer(), MAX_ISSUER, prefix + "issuer", problems);
        tooLong(details.abstractText(), MAX_ABSTRACT, prefix + "abstract", problems);
        if (details.issuedOn() != null && (details.issuedOn().isAfter(LocalDate.now().plusYears(1))
                || details.issuedOn().getYear() < 1945)) {
            problems.add(new vn.bantin.platform.FieldProblem(prefix + "issuedOn", "document.badDate"));
        }
        return problems;
    }

    private static void tooLong(String value, int max, String field, java.util.List<vn.bantin.platform.FieldProblem> problems) {
        if (value == null) {
            return;
        }
        if (VietnameseText.hasForbiddenCharacters(value)) {
            problems.add(new vn.bantin.platform.FieldProblem(field, "text.forbiddenCharacters"));
        } else if (VietnameseText.clean(value).length() > max) {
            problems.add(new vn.bantin.platform.FieldProblem(field, "document.tooLong"));
        }
    }

    /**
     * The name the file is downloaded under: the uploaded name without folders, characters a file
     * system or a header could stumble on, or its own extension, which is the one its content has.
     */
    static String fileName(String uploaded, String extension) {
        String name = VietnameseText.clean(uploaded == null ? "" : uploaded);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = name.replaceAll("[\\p{Cntrl}\"*:<>?|;%]", "").replaceAll("\\s+", " ").strip();
        if (name.isEmpty() || name.matches("\\.+")) {
            name = "van-ban";
        }
        int room = MAX_FILE_NAME - extension.length() - 1;
        return (name.length() > room ? name.substring(0, room).strip() : name) + "." + extension;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Bulletin getBulletin() {
        return bulletin;
    }

    public int getPosition() {
        return position;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getByteSize() {
        return byteSize;
    }

    public String getFileDigest() {
        return fileDigest;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getAbstractText() {
        return abstractText;
    }

    public DocumentIntake.Format getFormat() {
        return DocumentIntake.Format.of(mediaType);
    }

    /** The public address: {@code /van-ban/{id}.{pdf|docx|odt}}. */
    public String getPath() {
        return "/van-ban/" + id + "." + getFormat().extension();
    }

    /**
     * The key of the document's kind: the first code of the number that names one (QĐ in
     * 123/QĐ-UBND, NĐ in 15/2020/NĐ-CP, NQ in the party's 12-NQ/TU), "other" when none does
     * (a letter, 123/UBND-VX, is a "văn bản").
     */
    public String getKind() {
        if (number == null) {
            return "other";
        }
        for (String code : number.split("[/\\-\\s]+")) {
            String folded = Normalizer.normalize(code.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
            if (KINDS.contains(folded)) {
                return folded;
            }
        }
        return "other";
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof OfficialDocument other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(OfficialDocument.class);
    }
}
