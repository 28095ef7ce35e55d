package vn.bantin.bulletin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.bantin.audit.AuditLog;
import vn.bantin.category.Category;
import vn.bantin.documents.DocumentFile;
import vn.bantin.documents.DocumentIntake;
import vn.bantin.media.ImageIntake;
import vn.bantin.media.ImageStore;
import vn.bantin.media.StoredImage;
import vn.bantin.platform.FieldProblem;
import vn.bantin.platform.InvalidInput;
import vn.bantin.security.CurrentActor;
import vn.bantin.security.Role;
import vn.bantin.text.VietnameseText;

/**
 * The editorial workflow on the server: who may do what is checked here, whatever the buttons
 * on a page offered. Draft -> in review -> published -> archived, and back to draft.
 */
@ApplicationScoped
public class EditorialService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor actor;

    @Inject
    private BulletinService bulletins;

    @Inject
    private BulletinRepository repository;

    @Inject
    private AuditLog audit;

    @Inject
    private ImageStore images;

    /** The address is another bulletin's. */
    public static final String SLUG_TAKEN = "editor.slugTaken";

    /** What an editor typed, before it becomes a bulletin. */
    public record Draft(String title, String slug, String lead, String body, Long categoryId, String authorName) {

        /**
         * The field rules every way in applies (the editor before it calls, the API, and this
         * service before it writes): a title of at most {@value Bulletin#MAX_TITLE} characters, an
         * address in slug form when one is given, a lead of at most {@value Bulletin#MAX_LEAD}, a
         * section, and no characters a page or feed cannot carry. Empty when the draft may be saved.
         */
        public List<FieldProblem> problems() {
            List<FieldProblem> problems = new ArrayList<>();
            refuseForbiddenCharacters(problems, "title", title);
            refuseForbiddenCharacters(problems, "slug", slug);
            refuseForbiddenCharacters(problems, "lead", lead);
            refuseForbiddenCharacters(problems, "body", body);
            refuseForbiddenCharacters(problems, "author", authorName);
            if (title == null || title.isBlank()) {
                problems.add(new FieldProblem("title", "editor.titleRequired"));
            } else if (title.length() > Bulletin.MAX_TITLE) {
                problems.add(new FieldProblem("title", "editor.titleTooLong"));
            }
            if (slug != null && !slug.isBlank() && !VietnameseText.isSlug(slug)) {
                problems.add(new FieldProblem("slug", "editor.slugInvalid"));
            }
            if (lead != null && lead.length() > Bulletin.MAX_LEAD) {
                problems.add(new FieldProblem("lead", "editor.leadTooLong"));
            }
            if (categoryId == null) {
                problems.add(new FieldProblem("category", "editor.categoryRequired"));
            }
            return problems;
        }

        private static void refuseForbiddenCharacters(List<FieldProblem> problems, String field, String value) {
            if (VietnameseText.hasForbiddenCharacters(value)) {
                problems.add(new FieldProblem(field, "text.forbiddenCharacters"));
            }
        }
    }

    /**
     * How readers are told of a change to a published bulletin: by default its update date moves;
     * a note ("Đính chính") is listed under its body with the date; a minor change (a typo) moves
     * nothing and carries no note.
     */
    public record Change(String note, boolean minor) implements java.io.Serializable {

        public static final Change ORDINARY = new Change(null, false);

        public boolean hasNote() {
            return note != null && !note.isBlank();
        }

        /** Problems keyed {@code field}: a note too long or with characters no page can carry, or on a minor change. */
        public List<FieldProblem> problems(String field) {
            if (!hasNote()) {
                return List.of();
            }
            if (minor) {
                return List.of(new FieldProblem(field, "correction.minorHasNoNote"));
            }
            if (VietnameseText.hasForbiddenCharacters(note)) {
                return List.of(new FieldProblem(field, "text.forbiddenCharacters"));
            }
            if (VietnameseText.clean(note).length() > Correction.MAX_NOTE) {
                return List.of(new FieldProblem(field, "correction.tooLong"));
            }
            return List.of();
        }
    }

    /** Somebody else saved the bulletin since it was opened; nothing was written. */
    public static class ConflictException extends RuntimeException {
        private final Instant changedAt;

        public ConflictException(Instant changedAt) {
            super("The bulletin was changed by someone else");
            this.changedAt = changedAt;
        }

        public Instant getChangedAt() {
            return changedAt;
        }
    }

    /** The caller's role does not allow the action. */
    public static class NotAllowedException extends RuntimeException {
        public NotAllowedException(String action) {
            super("Not allowed: " + action);
        }
    }

    /** Publication (or a step towards it) refused by the publication rules; each problem names its field. */
    public static class PublishRefusedException extends InvalidInput {
        private static final long serialVersionUID = 1L;

        public PublishRefusedException(List<FieldProblem> problems) {
            super(problems);
        }
    }

    @Transactional
    public Bulletin create(Draft draft) {
        requireAny(Role.AUTHOR, Role.EDITOR, Role.ADMIN);
        refuseInvalid(draft);
        Category category = category(draft.categoryId());
        String slug = draft.slug() == null || draft.slug().isBlank() ? bulletins.freeSlugFor(draft.title()) : draft.slug();
        if (bulletins.slugTaken(slug, null)) {
            throw new InvalidInput("slug", SLUG_TAKEN);
        }
        Bulletin bulletin = new Bulletin(draft.title(), slug, category);
        bulletin.recordCreator(caller());
        apply(bulletin, draft);
        em.persist(bulletin);
        em.flush();
        keepRevision(bulletin);
        audit.record(caller(), "create", bulletin.getSlug());
        return bulletin;
    }

    @Transactional
    public Bulletin update(long id, long expectedVersion, Draft draft) {
        return update(id, expectedVersion, draft, Change.ORDINARY, CHANGE_NOTE);
    }

    /** The field a change note's problems are keyed by, unless the caller names its own. */
    public static final String CHANGE_NOTE = "changeNote";

    /** Saves what was typed; readers are told of the change as {@code change} says (see Change). */
    @Transactional
    public Bulletin update(long id, long expectedVersion, Draft draft, Change change, String changeField) {
        Bulletin bulletin = editable(id, expectedVersion);
        refuseInvalid(draft);
        List<FieldProblem> changeProblems = change.problems(changeField);
        if (!changeProblems.isEmpty()) {
            throw new InvalidInput(changeProblems);
        }
        if (change.hasNote() && !bulletin.isVisibleAt(Instant.now())) {
            throw new InvalidInput(changeField, "correction.notPublished");
        }
        told(bulletin, change);
        String slug = draft.slug() == null || draft.slug().isBlank() ? bulletin.getSlug() : draft.slug();
        if (bulletins.slugTaken(slug, bulletin.getId())) {
            throw new InvalidInput("slug", SLUG_TAKEN);
        }
        bulletin.setTitle(draft.title());
        bulletin.setSlug(slug);
        bulletin.setCategory(category(draft.categoryId()));
        apply(bulletin, draft);
        em.flush();
        keepRevision(bulletin);
        audit.record(caller(), "edit", bulletin.getSlug());
        return bulletin;
    }

    @Transactional
    public Bulletin submitForReview(long id, long expectedVersion) {
        Bulletin bulletin = editable(id, expectedVersion);
        bulletin.submitForReview();
        em.flush();
        audit.record(caller(), "submit", bulletin.getSlug());
        return bulletin;
    }

    /** Descriptions of an image as the editor typed them. */
    public record FigureText(long figureId, String alt, String caption, String credit, boolean decorative) {
    }

    /** What an editor does to a bulletin once what they typed is saved: publish, submit, add a figure... */
    @FunctionalInterface
    public interface EditAction {
        Bulletin apply(long id, long version) throws ImageIntake.RejectedImage;
    }

    /**
     * The back office's actions: what the editor typed (a new bulletin, or changes to its text and
     * figures' descriptions) is saved, then the action runs on the saved bulletin, all in one
     * transaction: one commit, so the page cache is emptied and the search index updated once,
     * and a refused action (the publish gate, a bad picture) saves nothing and loses nothing, for
     * the form still holds it.
     */
    @Transactional(rollbackOn = ImageIntake.RejectedImage.class)
    public Bulletin saveThen(Long id, long expectedVersion, Draft draft, List<FigureText> figures, EditAction action)
            throws ImageIntake.RejectedImage {
        return saveThen(id, expectedVersion, draft, figures, Change.ORDINARY, action);
    }

    /** As above, readers told of the change as {@code change} says. */
    @Transactional(rollbackOn = ImageIntake.RejectedImage.class)
    public Bulletin saveThen(Long id, long expectedVersion, Draft draft, List<FigureText> figures, Change change,
            EditAction action) throws ImageIntake.RejectedImage {
        Bulletin saved = id == null ? create(draft) : update(id, expectedVersion, draft, figures, change);
        return action.apply(saved.getId(), saved.getVersion());
    }

    /** A new bulletin, or changes to one's text and figures' descriptions. */
    @Transactional
    public Bulletin save(Long id, long expectedVersion, Draft draft, List<FigureText> figures) {
        return id == null ? create(draft) : update(id, expectedVersion, draft, figures);
    }

    /** Saves the bulletin's text and the descriptions of its figures together. */
    @Transactional
    public Bulletin update(long id, long expectedVersion, Draft draft, List<FigureText> figures) {
        return update(id, expectedVersion, draft, figures, Change.ORDINARY);
    }

    @Transactional
    public Bulletin update(long id, long expectedVersion, Draft draft, List<FigureText> figures, Change change) {
        Bulletin bulletin = update(id, expectedVersion, draft, change, CHANGE_NOTE);
        for (FigureText text : figures) {
            bulletin.figure(text.figureId()).describe(text.alt(), text.caption(), text.credit(), text.decorative());
        }
        em.flush();
        return bulletin;
    }

    /**
     * Adds an uploaded image. Its text alternative is required here already, unless the image is
     * marked decorative: no image enters a bulletin without one.
     */
    @Transactional(rollbackOn = ImageIntake.RejectedImage.class)
    public Bulletin addFigure(long id, long expectedVersion, byte[] upload, FigureText text) throws ImageIntake.RejectedImage {
        Bulletin bulletin = editable(id, expectedVersion);
        if (!text.decorative() && (text.alt() == null || text.alt().isBlank())) {
            throw new PublishRefusedException(List.of(new FieldProblem("new-figure-alt", "gate.altMissing")));
        }
        if (bulletin.getFigures().size() >= Bulletin.MAX_FIGURES) {
            throw new InvalidInput("new-figure", "editor.figures.tooMany");
        }
        StoredImage image = images.store(upload);
        bulletin.addFigure(image, text.alt(), text.caption(), text.credit(), text.decorative());
        told(bulletin, Change.ORDINARY);
        em.lock(bulletin, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(caller(), "add-figure", bulletin.getSlug());
        return bulletin;
    }

    /**
     * Adds an official document. The file is checked here (DocumentIntake), so no caller can skip
     * it; a refused file is an InvalidInput of the field {@code new-document}, the details' problems
     * are keyed {@code new-document-number} and so on.
     */
    @Transactional
    public Bulletin addDocument(long id, long expectedVersion, byte[] upload, String fileName,
            OfficialDocument.Details details) {
        Bulletin bulletin = editable(id, expectedVersion);
        List<FieldProblem> problems = new ArrayList<>(OfficialDocument.problems(details, NEW_DOCUMENT + "-"));
        if (bulletin.getDocuments().size() >= Bulletin.MAX_DOCUMENTS) {
            problems.add(new FieldProblem(NEW_DOCUMENT, "editor.documents.tooMany"));
        }
        DocumentIntake.Accepted file = null;
        try {
            file = DocumentIntake.check(upload);
        } catch (DocumentIntake.RejectedDocument rejected) {
            problems.add(0, new FieldProblem(NEW_DOCUMENT, rejected.reason()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        OfficialDocument document = bulletin.addDocument(file, fileName, details);
        told(bulletin, Change.ORDINARY);
        em.lock(bulletin, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        em.persist(new DocumentFile(document.getId(), upload));
        em.flush();
        audit.record(caller(), "add-document", bulletin.getSlug());
        return bulletin;
    }

    /**
     * New details for the bulletin's documents, by document id, as the editor typed them; problems
     * are keyed {@code document-N-number} and so on. The bulletin counts as changed (its pages are
     * renewed) only when something differs.
     */
    @Transactional
    public Bulletin describeDocuments(long id, long expectedVersion, java.util.Map<Long, OfficialDocument.Details> details) {
        Bulletin bulletin = editable(id, expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        boolean changed = false;
        for (OfficialDocument document : bulletin.getDocuments()) {
            OfficialDocument.Details typed = details.get(document.getId());
            if (typed == null) {
                continue;
            }
            problems.addAll(OfficialDocument.problems(typed, "document-" + document.getPosition() + "-"));
            if (problems.isEmpty()) {
                OfficialDocument.Details before = document.details();
                document.describe(typed);
                changed |= !before.equals(document.details());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (changed) {
            told(bulletin, Change.ORDINARY);
            em.lock(bulletin, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
        }
        return bulletin;
    }

    /** The upload field of a new document, and the prefix of its details' fields. */
    public static final String NEW_DOCUMENT = "new-document";

    @Transactional
    public Bulletin removeDocument(long id, long expectedVersion, long documentId) {
        Bulletin bulletin = editable(id, expectedVersion);
        bulletin.removeDocument(documentId);
        told(bulletin, Change.ORDINARY);
        em.lock(bulletin, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(caller(), "remove-document", bulletin.getSlug());
        return bulletin;
    }

    /** Removes every document (the write API replaces them as a whole). */
    @Transactional
    public Bulletin removeAllDocuments(long id, long expectedVersion) {
        Bulletin bulletin = editable(id, expectedVersion);
        for (OfficialDocument document : List.copyOf(bulletin.getDocuments())) {
            bulletin.removeDocument(document.getId());
        }
        em.lock(bulletin, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return bulletin;
    }

    @Transactional
    public Bulletin moveFigure(long id, long expectedVersion, long figureId, int delta) {
        Bulletin bulletin = editable(id, expectedVersion);
        bulletin.moveFigure(figureId, delta);
        told(bulletin, Change.ORDINARY);
        em.lock(bulletin, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(caller(), "move-figure", bulletin.getSlug());
        return bulletin;
    }

    @Transactional
    public Bulletin removeFigure(long id, long expectedVersion, long figureId) {
        Bulletin bulletin = editable(id, expectedVersion);
        bulletin.removeFigure(figureId);
        told(bulletin, Change.ORDINARY);
        em.lock(bulletin, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(caller(), "remove-figure", bulletin.getSlug());
        return bulletin;
    }

    public List<Revision> revisions(long bulletinId) {
        requireAny(Role.AUTHOR, Role.EDITOR, Role.ADMIN);
        return em.createNamedQuery(Revision.FOR_BULLETIN, Revision.class).setParameter("bulletin", bulletinId).getResultList();
    }

    /** Puts a revision's text back, as a new save (and so a new revision); figures stay as they are. */
    @Transactional
    public Bulletin restore(long id, long expectedVersion, int number) {
        Bulletin bulletin = editable(id, expectedVersion);
        Revision revision = em.createNamedQuery(Revision.FOR_BULLETIN, Revision.class).setParameter("bulletin", id)
                .getResultStream().filter(r -> r.getNumber() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("revision.notFound"));
        if (bulletins.slugTaken(revision.getSlug(), bulletin.getId())) {
            throw new InvalidInput("slug", SLUG_TAKEN);
        }
        bulletin.setTitle(revision.getTitle());
        bulletin.setSlug(revision.getSlug());
        bulletin.setCategory(category(revision.getCategoryId()));
        bulletin.setLead(revision.getLead());
        bulletin.setBody(revision.getBody());
        bulletin.setAuthorName(revision.getAuthorName());
        told(bulletin, Change.ORDINARY);
        em.flush();
        keepRevision(bulletin);
        audit.record(caller(), "restore", bulletin.getSlug() + " #" + number);
        return bulletin;
    }

    private void keepRevision(Bulletin bulletin) {
        Integer last = em.createQuery("SELECT MAX(r.number) FROM Revision r WHERE r.bulletinId = :bulletin", Integer.class)
                .setParameter("bulletin", bulletin.getId()).getSingleResult();
        em.persist(new Revision(bulletin, last == null ? 1 : last + 1, caller(), Instant.now()));
    }

    /** Publishes now, or at a later time (scheduled). EDITOR and ADMIN only, through the publish gate. */
    @Transactional
    public Bulletin publish(long id, long expectedVersion, Instant at) {
        return publish(id, expectedVersion, at, null);
    }

    /** As {@link #publish(long, long, Instant)}, with an optional expiry that archives it later. */
    @Transactional
    public Bulletin publish(long id, long expectedVersion, Instant at, Instant expiresAt) {
        requireAny(Role.EDITOR, Role.ADMIN);
        Bulletin bulletin = current(id, expectedVersion);
        List<FieldProblem> problems = PublishGate.problems(bulletin);
        if (!problems.isEmpty()) {
            audit.record(caller(), "publish-refused", bulletin.getSlug());
            throw new PublishRefusedException(problems);
        }
        bulletin.publish(at);
        bulletin.setExpiresAt(expiresAt);
        em.flush();
        audit.record(caller(), at.isAfter(Instant.now()) ? "schedule" : "publish", bulletin.getSlug());
        return bulletin;
    }

    /** A reviewer sends a bulletin back to its author as a draft, saying why (EDITOR and ADMIN). */
    @Transactional
    public Bulletin sendBack(long id, long expectedVersion, String comment) {
        requireAny(Role.EDITOR, Role.ADMIN);
        if (comment == null || comment.isBlank()) {
            throw new PublishRefusedException(List.of(new FieldProblem("reviewComment", "review.commentRequired")));
        }
        Bulletin bulletin = current(id, expectedVersion);
        bulletin.sendBack(comment);
        em.flush();
        audit.record(caller(), "send-back", bulletin.getSlug());
        return bulletin;
    }

    /** Takes a bulletin off the public and back to draft (EDITOR and ADMIN). */
    @Transactional
    public Bulletin backToDraft(long id, long expectedVersion) {
        requireAny(Role.EDITOR, Role.ADMIN);
        Bulletin bulletin = current(id, expectedVersion);
        bulletin.backToDraft();
        em.flush();
        audit.record(caller(), "edit", bulletin.getSlug());
        return bulletin;
    }

    /** Removes every figure (the write API replaces them as a whole). */
    @Transactional
    public Bulletin removeAllFigures(long id, long expectedVersion) {
        Bulletin bulletin = editable(id, expectedVersion);
        for (Figure figure : List.copyOf(bulletin.getFigures())) {
            bulletin.removeFigure(figure.getId());
        }
        em.lock(bulletin, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return bulletin;
    }

    /**
     * Moves a published bulletin's dates (EDITOR and ADMIN): its publication (a past time is its
     * original date, a later one schedules it again) and, optionally, its last revision (at or
     * after publication, not in the future). Problems are keyed {@code fieldPrefix + "publishedAt"}
     * and {@code fieldPrefix + "updatedAt"}.
     */
    @Transactional
    public Bulletin setDates(long id, long expectedVersion, Instant publishedAt, Instant revisedAt, String publishedField,
            String revisedField) {
        requireAny(Role.EDITOR, Role.ADMIN);
        Bulletin bulletin = current(id, expectedVersion);
        Instant now = Instant.now();
        if (bulletin.getStatus() != BulletinStatus.PUBLISHED) {
            throw new InvalidInput(publishedField, "dates.notPublished");
        }
        Instant published = publishedAt == null ? bulletin.getPublishedAt() : publishedAt;
        if (revisedAt != null && revisedAt.isAfter(now)) {
            throw new InvalidInput(revisedField, "dates.revisedInFuture");
        }
        if (revisedAt != null && revisedAt.isBefore(published)) {
            throw new InvalidInput(revisedField, "dates.revisedBeforePublished");
        }
        if (bulletin.getExpiresAt() != null && !bulletin.getExpiresAt().isAfter(published)) {
            throw new InvalidInput(publishedField, "expiry.beforePublication");
        }
        boolean moved = !published.equals(bulletin.getPublishedAt());
        bulletin.publish(published);
        bulletin.revise(revisedAt);
        em.flush();
        if (moved) {
            audit.record(caller(), published.isAfter(now) ? "schedule" : "publish", bulletin.getSlug());
        }
        return bulletin;
    }

    /**
     * Replaces a bulletin's old addresses with these, as written (AUTHOR of their own draft,
     * EDITOR, ADMIN). Every address is checked and none may be another bulletin's; problems are
     * keyed {@code fieldOf.apply(index)}, a clash naming the address and its bulletin.
     */
    @Transactional
    public Bulletin setLegacyAddresses(long id, long expectedVersion, List<String> written,
            java.util.function.IntFunction<String> fieldOf) {
        Bulletin bulletin = editable(id, expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        java.util.Map<String, LegacyAddress> byKey = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> indexOf = new java.util.HashMap<>();
        for (int i = 0; i < written.size(); i++) {
            LegacyAddress.Parsed parsed = LegacyAddress.parse(written.get(i));
            if (parsed.address().isEmpty()) {
                problems.add(new FieldProblem(fieldOf.apply(i), parsed.problem(), written.get(i)));
            } else {
                byKey.putIfAbsent(parsed.address().get().getMatchKey(), parsed.address().get());
                indexOf.putIfAbsent(parsed.address().get().getMatchKey(), i);
            }
        }
        if (!byKey.isEmpty()) {
            List<Object[]> taken = em.createQuery("SELECT a.matchKey, b.slug FROM Bulletin b JOIN b.legacyAddresses a"
                    + " WHERE a.matchKey IN :keys AND b.id <> :id", Object[].class)
                    .setParameter("keys", byKey.keySet()).setParameter("id", id).getResultList();
            for (Object[] clash : taken) {
                LegacyAddress address = byKey.get((String) clash[0]);
                problems.add(new FieldProblem(fieldOf.apply(indexOf.get(address.getMatchKey())), LegacyAddress.TAKEN,
                        address.getAddress() + " (" + clash[1] + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        bulletin.setLegacyAddresses(byKey.values());
        em.flush();
        return bulletin;
    }

    /** Notes, with an import's writes, the digest of what it wrote (EDITOR and ADMIN). */
    @Transactional
    public Bulletin recordImport(long id, String digest) {
        requireAny(Role.EDITOR, Role.ADMIN);
        Bulletin bulletin = em.find(Bulletin.class, id);
        bulletin.recordImport(digest);
        em.flush();
        return bulletin;
    }

    /**
     * Once an import's writes are committed: the version they left, so that the next import can
     * tell whether anyone changed the bulletin since. In SQL, which leaves the version as it is
     * (a change of the entity, or EclipseLink's JPQL UPDATE, would raise it).
     */
    @Transactional
    public void confirmImport(long id) {
        requireAny(Role.EDITOR, Role.ADMIN);
        em.createNativeQuery("UPDATE bulletin SET import_version = version WHERE id = ? AND import_digest IS NOT NULL")
                .setParameter(1, id).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Bulletin.class, id);
    }

    /**
     * Takes a bulletin readers have seen off the public site with a notice (see Bulletin.withdraw).
     * Problems are keyed by the caller's field names: the editor's and the API's differ.
     */
    @Transactional
    public Bulletin withdraw(long id, long expectedVersion, String explanation, String replacement,
            String explanationField, String replacementField) {
        requireAny(Role.EDITOR, Role.ADMIN);
        Bulletin bulletin = current(id, expectedVersion);
        Instant now = Instant.now();
        List<FieldProblem> problems = new ArrayList<>();
        if (!bulletin.wasPublicBy(now)) {
            problems.add(new FieldProblem(explanationField, "withdrawal.neverPublic"));
        } else if (explanation == null || explanation.isBlank()) {
            problems.add(new FieldProblem(explanationField, "withdrawal.explanationRequired"));
        } else if (VietnameseText.hasForbiddenCharacters(explanation)) {
            problems.add(new FieldProblem(explanationField, "text.forbiddenCharacters"));
        } else if (VietnameseText.clean(explanation).length() > Bulletin.MAX_WITHDRAWAL) {
            problems.add(new FieldProblem(explanationField, "withdrawal.explanationTooLong"));
        }
        String replacementSlug = replacement == null ? null : replacement.strip();
        if (replacementSlug != null && !replacementSlug.isEmpty()
                && (replacementSlug.equals(bulletin.getSlug()) || !VietnameseText.isSlug(replacementSlug)
                        || repository.findVisibleBySlug(replacementSlug, now).isEmpty())) {
            problems.add(new FieldProblem(replacementField, "withdrawal.replacementUnknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        bulletin.withdraw(now, explanation, replacementSlug);
        em.flush();
        audit.record(caller(), "withdraw", bulletin.getSlug());
        return bulletin;
    }

    @Transactional
    public Bulletin archive(long id, long expectedVersion) {
        requireAny(Role.EDITOR, Role.ADMIN);
        Bulletin bulletin = current(id, expectedVersion);
        bulletin.archive();
        em.flush();
        audit.record(caller(), "archive", bulletin.getSlug());
        return bulletin;
    }

    private Bulletin editable(long id, long expectedVersion) {
        requireAny(Role.AUTHOR, Role.EDITOR, Role.ADMIN);
        Bulletin bulletin = current(id, expectedVersion);
        boolean editor = actor.has(Role.EDITOR) || actor.has(Role.ADMIN);
        if (!editor && !caller().equals(bulletin.getCreatedBy())) {
            audit.record(caller(), "refused", "not own: " + bulletin.getSlug());
            throw new NotAllowedException("an author changes their own bulletins only");
        }
        if (!editor && (bulletin.getStatus() == BulletinStatus.PUBLISHED || bulletin.getStatus() == BulletinStatus.ARCHIVED)) {
            throw new NotAllowedException("an author changes drafts only");
        }
        if (!editor && bulletin.getStatus() == BulletinStatus.IN_REVIEW) {
            // The author changes a bulletin the editors have: it comes back to them as a draft,
            // to be submitted again, and the log says so.
            bulletin.withdrawFromReview();
            audit.record(caller(), "withdraw-from-review", bulletin.getSlug());
        }
        return bulletin;
    }

    /**
     * Readers are told a bulletin they can see changed (page, feeds, sitemap, JSON-LD): its update
     * date moves and the change's note, if any, is listed; a minor change tells them nothing. An
     * import that knows when its source changed gives that date afterwards (setDates).
     */
    private static void told(Bulletin bulletin, Change change) {
        // Microseconds, what the database keeps: the answer given now reads the same later.
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (change.minor() || !bulletin.isVisibleAt(now)) {
            return;
        }
        bulletin.revise(now);
        if (change.hasNote()) {
            bulletin.correct(now, change.note());
        }
    }

    private Bulletin current(long id, long expectedVersion) {
        Bulletin bulletin = em.find(Bulletin.class, id);
        if (bulletin == null) {
            throw new IllegalArgumentException("bulletin.notFound");
        }
        em.refresh(bulletin);
        if (bulletin.getVersion() != expectedVersion) {
            throw new ConflictException(bulletin.getUpdatedAt());
        }
        return bulletin;
    }

    private void apply(Bulletin bulletin, Draft draft) {
        bulletin.setLead(draft.lead());
        bulletin.setBody(draft.body());
        bulletin.setAuthorName(draft.authorName());
    }

    private static void refuseInvalid(Draft draft) {
        List<FieldProblem> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private Category category(long id) {
        Category category = em.find(Category.class, id);
        if (category == null) {
            throw new IllegalArgumentException("category.notFound");
        }
        return category;
    }

    private void requireAny(Role... roles) {
        for (Role role : roles) {
            if (actor.has(role)) {
                return;
            }
        }
        audit.record(caller(), "refused", String.join(",", java.util.Arrays.stream(roles).map(Role::name).toList()));
        throw new NotAllowedException(java.util.Arrays.toString(roles));
    }

    private String caller() {
        return actor.name();
    }
}
