package vn.bantin.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Part;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.EditorialService;
import vn.bantin.bulletin.OfficialDocument;
import vn.bantin.documents.DocumentIntake;
import vn.bantin.platform.FieldProblem;
import vn.bantin.platform.InvalidInput;

/**
 * The official documents part of the bulletin editor: each document's details as typed, and the
 * document being added. A chosen file that could not be added yet (its date was mistyped, say) is
 * kept with the view, so a refusal never makes the editor choose it again.
 */
public class DocumentsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The details of a document as typed: each row's, and the one being added. */
    public static class Typed implements Serializable {
        private static final long serialVersionUID = 1L;

        private String number;
        private String issuedOn;
        private String issuer;
        private String abstractText;

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getIssuedOn() {
            return issuedOn;
        }

        public void setIssuedOn(String issuedOn) {
            this.issuedOn = issuedOn;
        }

        public String getIssuer() {
            return issuer;
        }

        public void setIssuer(String issuer) {
            this.issuer = issuer;
        }

        public String getAbstractText() {
            return abstractText;
        }

        public void setAbstractText(String abstractText) {
            this.abstractText = abstractText;
        }

        /** The details, the date read from the date field's yyyy-MM-dd; a wrong date is a problem of {@code dateField}. */
        OfficialDocument.Details details(String dateField, List<FieldProblem> problems) {
            return new OfficialDocument.Details(number, date(issuedOn, dateField, problems), issuer, abstractText);
        }
    }

    /** One document as the form shows it: its file, and its details as typed. */
    public static class Row extends Typed {
        private static final long serialVersionUID = 1L;

        private final long id;
        private final int position;
        private final String fileName;
        private final String format;
        private final long byteSize;
        private final String path;

        Row(OfficialDocument document) {
            this.id = document.getId();
            this.position = document.getPosition();
            this.fileName = document.getFileName();
            this.format = document.getFormat().name();
            this.byteSize = document.getByteSize();
            this.path = document.getPath();
            setNumber(document.getNumber());
            setIssuedOn(document.getIssuedOn() == null ? null : document.getIssuedOn().toString());
            setIssuer(document.getIssuer());
            setAbstractText(document.getAbstractText());
        }

        public long getId() {
            return id;
        }

        public int getPosition() {
            return position;
        }

        public int getNumberInList() {
            return position + 1;
        }

        public String getFileName() {
            return fileName;
        }

        public String getFormat() {
            return format;
        }

        public long getKilobytes() {
            return Math.max(1, Math.round(byteSize / 1024.0));
        }

        public String getPath() {
            return path;
        }
    }

    private List<Row> rows = new ArrayList<>();
    private transient Part file;
    private Typed added = new Typed();
    private byte[] keptFile;
    private String keptFileName;

    void show(Bulletin bulletin) {
        rows = bulletin.getDocuments().stream().map(Row::new).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /** The typed details by document id; a date that is not one is an InvalidInput of its field. */
    Map<Long, OfficialDocument.Details> details() {
        Map<Long, OfficialDocument.Details> details = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            details.put(row.id, row.details("document-" + row.position + "-issuedOn", problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return details;
    }

    /** The details typed for the document being added. */
    OfficialDocument.Details newDetails() {
        List<FieldProblem> problems = new ArrayList<>();
        OfficialDocument.Details details = added.details(EditorialService.NEW_DOCUMENT + "-issuedOn", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return details;
    }

    /**
     * The chosen file's bytes (a new choice replaces one kept), or an InvalidInput when there is
     * none or it is too large to be one.
     */
    byte[] chosenFile() {
        boolean chosen = file != null && file.getSize() > 0;
        if (chosen && file.getSize() > DocumentIntake.MAX_BYTES) {
            throw new InvalidInput(EditorialService.NEW_DOCUMENT, "document.tooLarge");
        }
        if (chosen) {
            try (InputStream in = file.getInputStream()) {
                keptFile = in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            String submitted = file.getSubmittedFileName() == null ? "" : file.getSubmittedFileName();
            keptFileName = vn.bantin.text.VietnameseText.withoutForbiddenCharacters(
                    submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1)).strip();
        }
        if (keptFile == null) {
            throw new InvalidInput(EditorialService.NEW_DOCUMENT, "document.empty");
        }
        return keptFile;
    }

    /** Once the document is added, or its file refused: the next one starts empty. */
    void clearNew(boolean keepDetails) {
        keptFile = null;
        keptFileName = null;
        if (!keepDetails) {
            added = new Typed();
        }
    }

    private static LocalDate date(String typed, String field, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            problems.add(new FieldProblem(field, "document.badDate"));
            return null;
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getKeptFileName() {
        return keptFileName;
    }

    /** The details typed for the document being added. */
    public Typed getAdded() {
        return added;
    }
}
