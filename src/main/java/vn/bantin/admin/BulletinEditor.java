package vn.bantin.admin;

import static vn.bantin.admin.FacesText.say;
import static vn.bantin.admin.FacesText.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.Part;
import jakarta.transaction.RollbackException;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.bulletin.BulletinStatus;
import vn.bantin.bulletin.Figure;
import vn.bantin.bulletin.LegacyAddress;
import vn.bantin.bulletin.OfficialDocument;
import vn.bantin.bulletin.PublishGate;
import vn.bantin.bulletin.EditorialService;
import vn.bantin.bulletin.EditorialService.ConflictException;
import vn.bantin.bulletin.EditorialService.Draft;
import vn.bantin.bulletin.EditorialService.NotAllowedException;
import vn.bantin.bulletin.EditorialService.PublishRefusedException;
import vn.bantin.category.Category;
import vn.bantin.category.CategoryRepository;
import vn.bantin.media.ImageIntake;
import vn.bantin.platform.Dates;
import vn.bantin.platform.InvalidInput;
import vn.bantin.platform.Pages;
import vn.bantin.site.PublicRoutes;
import vn.bantin.text.VietnameseText;

/**
 * {@code /admin/ban-tin.xhtml?id=N} (or without id: a new bulletin). What the editor typed stays in
 * the form whatever happens: a refused save or a conflict with someone else's edit loses nothing.
 */
@Named
@ViewScoped
public class BulletinEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EditorialService editorial;

    @Inject
    private CategoryRepository categories;

    @Inject
    private Dates dates;

    @Inject
    private BulletinRepository bulletins;

    private Long id;
    private long version;
    private String title;
    private String slug;
    private String lead;
    private String body;
    private Long categoryId;
    private String authorName;
    private BulletinStatus status = BulletinStatus.DRAFT;
    private String publicPath;
    private String publishAt;
    private String reviewComment;
    private String newReviewComment;
    private String expiresAt;
    /** When readers were last told it changed (datetime-local), and the value the page showed. */
    private String revisedAt;
    private String shownRevisedAt;
    /** Its addresses on the portal it came from, one per line. */
    private String legacyAddresses;
    /** How readers are told of the change being saved (a published bulletin): a note, or nothing for a typo. */
    private String changeNote;
    private boolean minorChange;
    /** Why it is withdrawn (readers see it) and the slug of what replaces it, if anything. */
    private String withdrawalExplanation;
    private String withdrawalReplacement;
    private List<vn.bantin.bulletin.Correction> corrections = List.of();
    private List<FigureForm> figures = new ArrayList<>();
    private transient Part newImage;
    private String newAlt;
    private String newCaption;
    private String newCredit;
    private boolean newDecorative;
    /**
     * A chosen image that could not be added yet (its alt text was missing, say): kept with the
     * view until the figure is complete, so nothing the editor chose is lost by a refusal.
     */
    private byte[] keptImage;
    private String keptImageName;
    private final DocumentsForm documents = new DocumentsForm();
    private final FormErrors errors = new FormErrors();
    private final Map<String, String> warnings = new LinkedHashMap<>();

    /** One figure as the form shows it: the image and its editable descriptions. */
    public static class FigureForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final int number;
        private final String src;
        private final int width;
        private final int height;
        private String alt;
        private String caption;
        private String credit;
        private boolean decorative;

        FigureForm(Figure figure) {
            this.id = figure.getId();
            this.number = figure.getPosition() + 1;
            this.src = figure.getImage().getPath();
            this.width = figure.getImage().getWidth();
            this.height = figure.getImage().getHeight();
            this.alt = figure.getAltText();
            this.caption = figure.getCaption();
            this.credit = figure.getCredit();
            this.decorative = figure.isDecorative();
        }

        EditorialService.FigureText text() {
            return new EditorialService.FigureText(id, alt, caption, credit, decorative);
        }

        public long getId() {
            return id;
        }

        public int getNumber() {
            return number;
        }

        public String getSrc() {
            return src;
        }

        public int getWidth() {
            return width;
        }

        public int getHeight() {
            return height;
        }

        public String getAlt() {
            return alt;
        }

        public void setAlt(String alt) {
            this.alt = alt;
        }

        public String getCaption() {
            return caption;
        }

        public void setCaption(String caption) {
            this.caption = caption;
        }

        public String getCredit() {
            return credit;
        }

        public void setCredit(String credit) {
            this.credit = credit;
        }

        public boolean isDecorative() {
            return decorative;
        }

        public void setDecorative(boolean decorative) {
            this.decorative = decorative;
        }
    }

    /** View action: loads the bulletin named by ?id=, or starts a new one. */
    public void load() {
        if (id == null) {
            return;
        }
        // Straight from the database: the version shown is the one a later save is checked against.
        Bulletin bulletin = bulletins.findCurrent(id).orElse(null);
        if (bulletin == null) {
            Pages.notFound();
            return;
        }
        show(bulletin);
    }

    private void show(Bulletin bulletin) {
        id = bulletin.getId();
        version = bulletin.getVersion();
        title = bulletin.getTitle();
        slug = bulletin.getSlug();
        lead = bulletin.getLead();
        body = bulletin.getBody();
        categoryId = bulletin.getCategory().getId();
        authorName = bulletin.getAuthorName();
        status = bulletin.getStatus();
        publicPath = PublicRoutes.bulletin(bulletin.getSlug());
        publishAt = local(bulletin.getStatus() == BulletinStatus.PUBLISHED ? bulletin.getPublishedAt() : null);
        expiresAt = local(bulletin.getExpiresAt());
        revisedAt = local(bulletin.getRevisedAt());
        shownRevisedAt = revisedAt;
        // Each note and "minor" belong to one change: once it is saved, the next starts empty.
        changeNote = null;
        minorChange = false;
        corrections = List.copyOf(bulletin.getCorrections());
        withdrawalExplanation = bulletin.getWithdrawalExplanation();
        withdrawalReplacement = bulletin.getWithdrawalReplacement();
        legacyAddresses = bulletin.getLegacyAddresses().stream().map(LegacyAddress::getAddress)
                .collect(Collectors.joining("\n"));
        reviewComment = bulletin.getReviewComment();
        // Shown whenever the saved body has them, not only right after a save.
        warnings.clear();
        List<String> generic = PublishGate.genericLinkTexts(body);
        if (!generic.isEmpty()) {
            warnings.put("body", text("editor.genericLinks").replace("{0}", "“" + String.join("”, “", generic) + "”"));
        }
        figures = bulletin.getFigures().stream().map(FigureForm::new).collect(Collectors.toCollection(ArrayList::new));
        documents.show(bulletin);
    }

    public void save() {
        run(() -> saveThen(null), "editor.saved");
    }

    /**
     * Saves what was typed, then adds the chosen image with its descriptions. A newly chosen file
     * replaces one kept from an earlier refusal; without either there is nothing to add.
     */
    public void uploadFigure() {
        boolean chosen = newImage != null && newImage.getSize() > 0;
        if (!chosen && keptImage == null) {
            errors.clear();
            errors.put("new-figure", text("image.empty"));
            say(FacesMessage.SEVERITY_ERROR, text("editor.fixErrors"));
            return;
        }
        if (chosen && newImage.getSize() > ImageIntake.MAX_BYTES) {
            errors.clear();
            errors.put("new-figure", text("image.tooLarge"));
            say(FacesMessage.SEVERITY_ERROR, text("editor.fixErrors"));
            return;
        }
        if (chosen) {
            try (InputStream in = newImage.getInputStream()) {
                keptImage = in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            keptImageName = fileName(newImage.getSubmittedFileName());
        }
        if (VietnameseText.hasForbiddenCharacters(newAlt) || VietnameseText.hasForbiddenCharacters(newCaption)
                || VietnameseText.hasForbiddenCharacters(newCredit)) {
            errors.clear();
            errors.put("new-figure-alt", text("text.forbiddenCharacters"));
            say(FacesMessage.SEVERITY_ERROR, text("editor.fixErrors"));
            return;
        }
        if (!newDecorative && (newAlt == null || newAlt.isBlank())) {
            errors.clear();
            errors.put("new-figure-alt", text("gate.altMissing"));
            say(FacesMessage.SEVERITY_ERROR, text("editor.fixErrors"));
            return;
        }
        byte[] upload = keptImage;
        EditorialService.FigureText described = new EditorialService.FigureText(0, newAlt, newCaption, newCredit, newDecorative);
        run(() -> saveThen((savedId, savedVersion) -> editorial.addFigure(savedId, savedVersion, upload, described)), "editor.figureAdded");
        if (errors.isEmpty()) {
            discardKeptImage();
            newAlt = null;
            newCaption = null;
            newCredit = null;
            newDecorative = false;
        }
    }

    /** Lets go of a kept image (the "choose another" button, or once the figure is added). */
    public void discardKeptImage() {
        keptImage = null;
        keptImageName = null;
    }

    public String getKeptImageName() {
        return keptImageName;
    }

    /** The file's own name, without any folder a browser sent and without control characters. */
    private static String fileName(String submitted) {
        String name = submitted == null ? "" : submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        name = VietnameseText.withoutForbiddenCharacters(name).strip();
        if (name.isEmpty()) {
            return "?";
        }
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    /** Saves what was typed, then adds the chosen official document with its details. */
    public void uploadDocument() {
        byte[] file;
        OfficialDocument.Details details;
        String name;
        try {
            file = documents.chosenFile();
            details = documents.newDetails();
            name = documents.getKeptFileName();
        } catch (InvalidInput invalid) {
            errors.clear();
            errors.putAll(invalid.problems());
            say(FacesMessage.SEVERITY_ERROR, text("editor.fixErrors"));
            return;
        }
        run(() -> saveThen((savedId, savedVersion) -> editorial.addDocument(savedId, savedVersion, file, name, details)),
                "editor.documentAdded");
        if (errors.isEmpty()) {
            documents.clearNew(false);
        } else if (errors.containsKey(EditorialService.NEW_DOCUMENT)) {
            // The file itself cannot be used: keeping it would only invite the same refusal.
            documents.clearNew(true);
        }
    }

    public void removeDocument(long documentId) {
        run(() -> saveThen((savedId, savedVersion) -> editorial.removeDocument(savedId, savedVersion, documentId)),
                "editor.documentRemoved");
    }

    public DocumentsForm getDocuments() {
        return documents;
    }

    public void moveFigure(long figureId, int delta) {
        run(() -> saveThen((savedId, savedVersion) -> editorial.moveFigure(savedId, savedVersion, figureId, delta)), "editor.figureMoved");
    }

    public void removeFigure(long figureId) {
        run(() -> saveThen((savedId, savedVersion) -> editorial.removeFigure(savedId, savedVersion, figureId)), "editor.figureRemoved");
    }

    public void submit() {
        run(() -> saveThen(editorial::submitForReview), "editor.submitted");
    }

    /** Publishes now, or at the time given (a schedule), with an optional expiry. */
    public void publish() {
        errors.clear();
        Instant at = parseLocal(publishAt, "publishAt");
        Instant end = parseLocal(expiresAt, "expiresAt");
        if (!errors.isEmpty()) {
            say(FacesMessage.SEVERITY_ERROR, text("editor.fixErrors"));
            return;
        }
        // A past time is the bulletin's original date (one brought in from an older portal, say).
        Instant when = at == null ? Instant.now() : at;
        if (end != null && !end.isAfter(when)) {
            errors.put("expiresAt", text("editor.expiryBeforePublication"));
            say(FacesMessage.SEVERITY_ERROR, text("editor.fixErrors"));
            return;
        }
        run(() -> saveThen((savedId, savedVersion) -> editorial.publish(savedId, savedVersion, when, end)),
                when.isAfter(Instant.now()) ? "editor.scheduled" : "editor.published");
    }

    private static final java.time.format.DateTimeFormatter LOCAL_INPUT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** The value of a datetime-local field, in the portal's time zone. */
    private String local(Instant instant) {
        return instant == null ? null : LOCAL_INPUT.format(instant.atZone(dates.zone()));
    }

    private Instant parseLocal(String text, String field) {
        errors.remove(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDateTime.parse(text.strip()).atZone(dates.zone()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            errors.put(field, text("editor.badDateTime"));
            return null;
        }
    }

    /** Back to the author as a draft, with the reviewer's comment. */
    public void sendBack() {
        if (newReviewComment == null || newReviewComment.isBlank()) {
            errors.clear();
            errors.put("reviewComment", text("review.commentRequired"));
            say(FacesMessage.SEVERITY_ERROR, text("editor.fixErrors"));
            return;
        }
        String comment = newReviewComment;
        run(() -> saveThen((savedId, savedVersion) -> editorial.sendBack(savedId, savedVersion, comment)), "review.sentBack");
        if (errors.isEmpty()) {
            newReviewComment = null;
        }
    }

    /** Removes it from the public site: its address answers 410 Gone. */
    public void archive() {
        run(() -> editorial.archive(id, version), "editor.archived");
    }

    /** Takes it off the public site with a notice on its page. */
    public void withdraw() {
        run(() -> editorial.withdraw(id, version, withdrawalExplanation, withdrawalReplacement,
                "withdrawalExplanation", "withdrawalReplacement"), "editor.withdrawn");
    }

    public String getWithdrawalExplanation() {
        return withdrawalExplanation;
    }

    public void setWithdrawalExplanation(String withdrawalExplanation) {
        this.withdrawalExplanation = withdrawalExplanation;
    }

    public String getWithdrawalReplacement() {
        return withdrawalReplacement;
    }

    public void setWithdrawalReplacement(String withdrawalReplacement) {
        this.withdrawalReplacement = withdrawalReplacement;
    }

    /**
     * What was typed is saved (text, figures' descriptions, old addresses and, when the editor
     * changed it, the update date) and the action, if any, runs on the saved bulletin, in one
     * transaction.
     */
    private Bulletin saveThen(EditorialService.EditAction action) throws ImageIntake.RejectedImage {
        List<String> addresses = legacyLines();
        boolean datesTyped = !java.util.Objects.equals(blankToNull(revisedAt), blankToNull(shownRevisedAt))
                && status == BulletinStatus.PUBLISHED;
        Instant revised = datesTyped ? parseLocal(revisedAt, REVISED_AT) : null;
        if (errors.containsKey(REVISED_AT)) {
            throw new InvalidInput(REVISED_AT, "dates.badTime");
        }
        EditorialService.Change change = status == BulletinStatus.PUBLISHED
                ? new EditorialService.Change(changeNote, minorChange) : EditorialService.Change.ORDINARY;
        return editorial.saveThen(id, version, draft(), figureTexts(), change, (savedId, savedVersion) -> {
            // One field on the form for every address: each message names the address concerned.
            Bulletin saved = editorial.setLegacyAddresses(savedId, savedVersion, addresses, i -> LEGACY_ADDRESSES);
            if (!documents.getRows().isEmpty()) {
                saved = editorial.describeDocuments(savedId, saved.getVersion(), documents.details());
            }
            if (datesTyped) {
                saved = editorial.setDates(savedId, saved.getVersion(), null, revised, "publishAt", REVISED_AT);
            }
            return action == null ? saved : action.apply(saved.getId(), saved.getVersion());
        });
    }

    private static final String REVISED_AT = "revisedAt";
    private static final String LEGACY_ADDRESSES = "legacyAddresses";

    private List<String> legacyLines() {
        return legacyAddresses == null ? List.of() : legacyAddresses.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private List<EditorialService.FigureText> figureTexts() {
        return figures.stream().map(FigureForm::text).toList();
    }

    private interface Action {
        Bulletin run() throws ImageIntake.RejectedImage;
    }

    private void run(Action action, String doneKey) {
        errors.clear();
        if (!validate()) {
            say(FacesMessage.SEVERITY_ERROR, text("editor.fixErrors"));
            return;
        }
        try {
            boolean created = id == null;
            show(action.run());
            say(FacesMessage.SEVERITY_INFO, text(doneKey).replace("{0}", getPublishAtText()));
            if (created) {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().getFlash().setKeepMessages(true);
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                        + "/admin/ban-tin.xhtml?id=" + id);
            }
        } catch (ImageIntake.RejectedImage rejected) {
            // The file itself cannot be used: keeping it would only invite the same refusal.
            discardKeptImage();
            errors.put("new-figure", text(rejected.reason()));
            say(FacesMessage.SEVERITY_ERROR, text("editor.fixErrors"));
        } catch (ConflictException conflict) {
            say(FacesMessage.SEVERITY_ERROR, text("editor.conflict")
                    .replace("{0}", dates.dayTime(conflict.getChangedAt())));
        } catch (PublishRefusedException refused) {
            errors.putAll(refused.problems());
            say(FacesMessage.SEVERITY_ERROR, text("editor.publishRefused"));
        } catch (InvalidInput invalid) {
            errors.putAll(invalid.problems());
            say(FacesMessage.SEVERITY_ERROR, text("editor.fixErrors"));
        } catch (NotAllowedException notAllowed) {
            say(FacesMessage.SEVERITY_ERROR, text("editor.notAllowed"));
        } catch (IllegalArgumentException invalid) {
            say(FacesMessage.SEVERITY_ERROR, FacesText.textOr("editor." + invalid.getMessage(), "editor.fixErrors"));
        } catch (RuntimeException failure) {
            if (causedBy(failure, OptimisticLockException.class) || causedBy(failure, RollbackException.class)) {
                say(FacesMessage.SEVERITY_ERROR, text("editor.conflict").replace("{0}", dates.dayTime(Instant.now())));
            } else {
                throw failure;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The draft's field rules (the same the service and the API apply) and the photos' text
     * alternatives, checked before anything is sent to the service; each error is tied to its field.
     */
    private boolean validate() {
        errors.putAll(draft().problems());
        for (FigureForm figure : figures) {
            String field = "figure-" + (figure.getNumber() - 1);
            if (VietnameseText.hasForbiddenCharacters(figure.getAlt())
                    || VietnameseText.hasForbiddenCharacters(figure.getCaption())
                    || VietnameseText.hasForbiddenCharacters(figure.getCredit())) {
                errors.putIfAbsent(field, text("text.forbiddenCharacters"));
            } else if (!figure.isDecorative() && (figure.getAlt() == null || figure.getAlt().isBlank())) {
                errors.putIfAbsent(field, text("gate.altMissing"));
            }
        }
        return errors.isEmpty();
    }

    private Draft draft() {
        return new Draft(title, slug, lead, body, categoryId, authorName);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    public String warning(String field) {
        return warnings.get(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** The errors as the summary lists them, each with the id of its field on the page. */
    public List<ErrorLink> getErrorLinks() {
        return errors.links(BulletinEditor::fieldId);
    }

    private static String fieldId(String field) {
        if (field.startsWith("figure-")) {
            return "anh:" + field.substring("figure-".length()) + ":figure-alt";
        }
        if (field.matches("document-\\d+-\\w+")) {
            String[] parts = field.split("-");
            return "van-ban:" + parts[1] + ":document-" + parts[2];
        }
        return switch (field) {
            case "new-figure" -> "new-image";
            case "new-figure-alt" -> "new-alt";
            case EditorialService.NEW_DOCUMENT -> "new-document-file";
            default -> field;
        };
    }

    public List<FigureForm> getFigures() {
        return figures;
    }

    public Part getNewImage() {
        return newImage;
    }

    public void setNewImage(Part newImage) {
        this.newImage = newImage;
    }

    public String getNewAlt() {
        return newAlt;
    }

    public void setNewAlt(String newAlt) {
        this.newAlt = newAlt;
    }

    public String getNewCaption() {
        return newCaption;
    }

    public void setNewCaption(String newCaption) {
        this.newCaption = newCaption;
    }

    public String getNewCredit() {
        return newCredit;
    }

    public void setNewCredit(String newCredit) {
        this.newCredit = newCredit;
    }

    public boolean isNewDecorative() {
        return newDecorative;
    }

    public void setNewDecorative(boolean newDecorative) {
        this.newDecorative = newDecorative;
    }

    public List<Category> getCategoryChoices() {
        return categories.findAll();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public BulletinStatus getStatus() {
        return status;
    }

    /** The publication time as people read it: dd/MM/yyyy HH:mm in the portal's time zone. */
    public String getPublishAtText() {
        return publishAt == null ? ""
                : dates.dayTime(java.time.LocalDateTime.parse(publishAt).atZone(dates.zone()).toInstant());
    }

    /** Published with a time still to come. */
    public boolean isScheduled() {
        if (status != BulletinStatus.PUBLISHED || publishAt == null) {
            return false;
        }
        return java.time.LocalDateTime.parse(publishAt).atZone(dates.zone()).toInstant().isAfter(Instant.now());
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getNewReviewComment() {
        return newReviewComment;
    }

    public void setNewReviewComment(String newReviewComment) {
        this.newReviewComment = newReviewComment;
    }

    public String getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(String publishAt) {
        this.publishAt = publishAt;
    }

    public String getRevisedAt() {
        return revisedAt;
    }

    public void setRevisedAt(String revisedAt) {
        this.revisedAt = revisedAt;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public boolean isMinorChange() {
        return minorChange;
    }

    public void setMinorChange(boolean minorChange) {
        this.minorChange = minorChange;
    }

    public List<vn.bantin.bulletin.Correction> getCorrections() {
        return corrections;
    }

    public String getLegacyAddresses() {
        return legacyAddresses;
    }

    public void setLegacyAddresses(String legacyAddresses) {
        this.legacyAddresses = legacyAddresses;
    }

    public String getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(String expiresAt) {
        this.expiresAt = expiresAt;
    }

    public String getPublicPath() {
        return publicPath;
    }
}
