package vn.bantin.bulletin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.bantin.category.Category;
import vn.bantin.media.StoredImage;
import vn.bantin.platform.Timestamped;
import vn.bantin.text.VietnameseText;

/** A news bulletin ("bản tin"): headline, lead, body and figures, with its publication state. */
@Entity
@jakarta.persistence.EntityListeners(BulletinChangeListener.class)
@Table(name = "bulletin")
@NamedQuery(name = Bulletin.FIND_BY_SLUG, query = "SELECT b FROM Bulletin b WHERE b.slug = :slug")
public class Bulletin extends Timestamped {

    public static final String FIND_BY_SLUG = "Bulletin.findBySlug";
    public static final int MAX_TITLE = 300;
    /** A bulletin's photos; a photo report rarely needs a dozen. */
    public static final int MAX_FIGURES = 30;
    public static final int MAX_DOCUMENTS = 20;
    public static final int MAX_LEAD = 2000;
    public static final int MAX_AUTHOR = 200;
    public static final int MAX_WITHDRAWAL = 2000;

    @Id
    @SequenceGenerator(name = "bulletin_seq", sequenceName = "bulletin_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bulletin_seq")
    private Long id;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(nullable = false, length = MAX_LEAD)
    private String lead;

    /** Sanitised HTML. */
    @Column(nullable = false)
    private String body;

    @Column(name = "author_name", length = MAX_AUTHOR)
    private String authorName;

    /** The account that created it (null for content loaded before accounts were recorded). */
    @Column(name = "created_by", length = 60, updatable = false)
    private String createdBy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BulletinStatus status = BulletinStatus.DRAFT;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    /** When readers were last told its content changed; null when unchanged since publication. */
    @Column(name = "revised_at")
    private OffsetDateTime revisedAt;

    /** Set while WITHDRAWN: when, why (shown to readers) and what replaces it (a slug, optional). */
    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    @Column(name = "withdrawal_explanation", length = MAX_WITHDRAWAL)
    private String withdrawalExplanation;

    @Column(name = "withdrawal_replacement", length = 120)
    private String withdrawalReplacement;

    /** Its addresses on the portal it came from, each answered with 301 to its address here. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "legacy_address", joinColumns = @JoinColumn(name = "bulletin_id"))
    @OrderBy("address")
    private Set<LegacyAddress> legacyAddresses = new LinkedHashSet<>();

    /** Its public change notes, oldest first. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bulletin_correction", joinColumns = @JoinColumn(name = "bulletin_id"))
    @OrderBy("notedAt")
    private List<Correction> corrections = new ArrayList<>();

    /**
     * A digest of the JSON the last import sent, and the version that import left (null until
     * confirmed after its commit).
     */
    @Column(name = "import_digest", length = 64)
    private String importDigest;

    @Column(name = "import_version")
    private Long importVersion;

    @OneToMany(mappedBy = "bulletin", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Figure> figures = new ArrayList<>();

    @OneToMany(mappedBy = "bulletin", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OfficialDocument> documents = new ArrayList<>();

    @Version
    private long version;

    protected Bulletin() {
    }

    public Bulletin(String title, String slug, Category category) {
        setTitle(title);
        setSlug(slug);
        setCategory(category);
        this.lead = "";
        this.body = "";
    }

    /**
     * The one rule of what the public may see: published, its publication time has come and its
     * expiry (if any) has not. Drafts, bulletins in review, scheduled, expired and archived ones
     * stay hidden.
     */
    public boolean isVisibleAt(Instant now) {
        return status == BulletinStatus.PUBLISHED && publishedAt != null && !publishedAt.toInstant().isAfter(now)
                && (expiresAt == null || expiresAt.toInstant().isAfter(now));
    }

    /*
     * The workflow's moves. Status changes only through these, and each refuses a move the
     * workflow does not have (IllegalMoveException): draft -> in review -> (back to the author as a
     * draft, or) published -> archived; an editor may publish, take back to draft or archive from
     * any state.
     */

    /** Published from the given time on (a later time schedules it). */
    public void publish(Instant at) {
        this.publishedAt = utc(Objects.requireNonNull(at, "publication time"));
        this.status = BulletinStatus.PUBLISHED;
        clearWithdrawal();
    }

    /** Removed from the public site: its address answers 410 Gone if it had been public. */
    public void archive() {
        this.status = BulletinStatus.ARCHIVED;
        clearWithdrawal();
    }

    /**
     * Taken off the public site with a notice: its page stays at its address, saying when and why,
     * and linking to {@code replacementSlug} if given; it leaves lists, feeds, sitemap and search.
     * Only a bulletin that has been public can be withdrawn (a draft is simply archived).
     */
    public void withdraw(Instant at, String explanation, String replacementSlug) {
        if (!wasPublicBy(at)) {
            throw new IllegalMoveException("withdraw", status);
        }
        this.status = BulletinStatus.WITHDRAWN;
        this.withdrawnAt = utc(at);
        this.withdrawalExplanation = VietnameseText.clean(Objects.requireNonNull(explanation, "explanation"));
        this.withdrawalReplacement = replacementSlug == null || replacementSlug.isBlank() ? null : replacementSlug;
    }

    /** Published, withdrawn or archived after its publication time had come: readers may have seen it. */
    public boolean wasPublicBy(Instant now) {
        return (status == BulletinStatus.PUBLISHED || status == BulletinStatus.WITHDRAWN || status == BulletinStatus.ARCHIVED)
                && publishedAt != null && !publishedAt.toInstant().isAfter(now);
    }

    /**
     * Removed after readers could see it, so its address answers 410 Gone rather than 404:
     * archived, or expired and waiting for the archiver.
     */
    public boolean isGoneAt(Instant now) {
        return wasPublicBy(now) && (status == BulletinStatus.ARCHIVED
                || (status == BulletinStatus.PUBLISHED && expiresAt != null && !expiresAt.toInstant().isAfter(now)));
    }

    public boolean isWithdrawn() {
        return status == BulletinStatus.WITHDRAWN;
    }

    private void clearWithdrawal() {
        this.withdrawnAt = null;
        this.withdrawalExplanation = null;
        this.withdrawalReplacement = null;
    }

    /** The author hands a draft to the editors (again, if it is already with them). */
    public void submitForReview() {
        requireStatus("submit", BulletinStatus.DRAFT, BulletinStatus.IN_REVIEW);
        this.status = BulletinStatus.IN_REVIEW;
        this.reviewComment = null;
    }

    /** An editor sends a bulletin in review back to its author, saying why. */
    public void sendBack(String comment) {
        requireStatus("send back", BulletinStatus.IN_REVIEW);
        this.status = BulletinStatus.DRAFT;
        setReviewComment(comment);
    }

    /** The author takes a bulletin back from review to change it; it is a draft again. */
    public void withdrawFromReview() {
        requireStatus("withdraw from review", BulletinStatus.IN_REVIEW);
        this.status = BulletinStatus.DRAFT;
    }

    /** An editor takes a bulletin off the public (or out of review) to work on it as a draft. */
    public void backToDraft() {
        this.status = BulletinStatus.DRAFT;
        clearWithdrawal();
    }

    private void requireStatus(String move, BulletinStatus... from) {
        for (BulletinStatus allowed : from) {
            if (status == allowed) {
                return;
            }
        }
        throw new IllegalMoveException(move, status);
    }

    /** A move the workflow does not have from the bulletin's status. */
    public static class IllegalMoveException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        IllegalMoveException(String move, BulletinStatus from) {
            super("bulletin.illegalMove");
            addSuppressed(new IllegalStateException("cannot " + move + " from " + from));
        }
    }

    public Figure addFigure(StoredImage image, String alt, String caption, String credit, boolean decorative) {
        if (figures.size() >= MAX_FIGURES) {
            throw new IllegalArgumentException("figures.tooMany");
        }
        Figure figure = new Figure(this, figures.size(), image, alt, caption, credit, decorative);
        figures.add(figure);
        return figure;
    }

    public OfficialDocument addDocument(vn.bantin.documents.DocumentIntake.Accepted file, String fileName,
            OfficialDocument.Details details) {
        if (documents.size() >= MAX_DOCUMENTS) {
            throw new IllegalArgumentException("documents.tooMany");
        }
        OfficialDocument document = new OfficialDocument(this, documents.size(), file, fileName, details);
        documents.add(document);
        return document;
    }

    public void removeDocument(long documentId) {
        documents.remove(document(documentId));
        for (int i = 0; i < documents.size(); i++) {
            documents.get(i).setPosition(i);
        }
    }

    public OfficialDocument document(long documentId) {
        return documents.stream().filter(d -> d.getId() != null && d.getId() == documentId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("document.notFound"));
    }

    public List<OfficialDocument> getDocuments() {
        return Collections.unmodifiableList(documents);
    }

    /** Moves a figure one place up (-1) or down (+1); positions stay 0..n-1 without gaps. */
    public void moveFigure(long figureId, int delta) {
        int from = indexOf(figureId);
        int to = from + Integer.signum(delta);
        if (to < 0 || to >= figures.size()) {
            return;
        }
        Figure moved = figures.remove(from);
        figures.add(to, moved);
        renumber();
    }

    public void removeFigure(long figureId) {
        figures.remove(indexOf(figureId));
        renumber();
    }

    public Figure figure(long figureId) {
        return figures.get(indexOf(figureId));
    }

    private int indexOf(long figureId) {
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).getId() != null && figures.get(i).getId() == figureId) {
                return i;
            }
        }
        throw new IllegalArgumentException("figure.notFound");
    }

    private void renumber() {
        for (int i = 0; i < figures.size(); i++) {
            figures.get(i).setPosition(i);
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public final void setTitle(String title) {
        this.title = required(title, "title", MAX_TITLE);
    }

    public String getSlug() {
        return slug;
    }

    public final void setSlug(String slug) {
        this.slug = VietnameseText.requireSlug(slug);
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = limited(lead == null ? "" : lead, "lead", MAX_LEAD);
    }

    public String getBody() {
        return body;
    }

    /** Whatever HTML arrives, only what {@link BodyHtml} allows is kept. */
    public void setBody(String body) {
        this.body = BodyHtml.sanitize(VietnameseText.nfc(body));
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        String cleaned = VietnameseText.clean(authorName);
        this.authorName = cleaned == null || cleaned.isEmpty() ? null : limited(cleaned, "author", MAX_AUTHOR);
    }

    public Category getCategory() {
        return category;
    }

    public final void setCategory(Category category) {
        this.category = Objects.requireNonNull(category, "category");
    }

    public BulletinStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return instant(publishedAt);
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = utc(publishedAt);
    }

    public Instant getWithdrawnAt() {
        return instant(withdrawnAt);
    }

    public String getWithdrawalExplanation() {
        return withdrawalExplanation;
    }

    public String getWithdrawalReplacement() {
        return withdrawalReplacement;
    }

    public Instant getRevisedAt() {
        return instant(revisedAt);
    }

    /**
     * The content changed at this time, as readers are told (page, feeds, sitemap); not before its
     * publication, and only once published.
     */
    public void revise(Instant at) {
        if (at != null && (publishedAt == null || at.isBefore(publishedAt.toInstant()))) {
            throw new IllegalArgumentException("revision.beforePublication");
        }
        this.revisedAt = utc(at);
    }

    /** What readers see as its last change: the last revision, else its publication. */
    public Instant getModifiedAt() {
        return revisedAt != null && publishedAt != null && revisedAt.isAfter(publishedAt) ? instant(revisedAt)
                : instant(publishedAt);
    }

    public List<Correction> getCorrections() {
        return Collections.unmodifiableList(corrections);
    }

    /** A public note of what this change corrected, dated now; and the update date readers see moves. */
    public void correct(Instant at, String note) {
        String cleaned = limited(note, "change note", Correction.MAX_NOTE);
        if (!cleaned.isEmpty()) {
            corrections.add(new Correction(at, cleaned));
        }
    }

    public Set<LegacyAddress> getLegacyAddresses() {
        return Collections.unmodifiableSet(legacyAddresses);
    }

    /** Replaces the old addresses (checked by the caller: LegacyAddress.parse, and unique). */
    public void setLegacyAddresses(Collection<LegacyAddress> addresses) {
        if (!legacyAddresses.equals(new LinkedHashSet<>(addresses))) {
            legacyAddresses.clear();
            legacyAddresses.addAll(addresses);
        }
    }

    public String getImportDigest() {
        return importDigest;
    }

    public Long getImportVersion() {
        return importVersion;
    }

    /**
     * What an import wrote. The version its write leaves is known only once committed (a figure
     * added raises it at commit), so it is confirmed after, by EditorialService.confirmImport.
     */
    public void recordImport(String digest) {
        this.importDigest = digest;
        this.importVersion = null;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    private void setReviewComment(String comment) {
        String cleaned = VietnameseText.clean(comment);
        this.reviewComment = cleaned == null || cleaned.isEmpty() ? null : limited(cleaned, "comment", 2000);
    }

    public Instant getExpiresAt() {
        return instant(expiresAt);
    }

    /** An end of publication after the publication time, or none. */
    public void setExpiresAt(Instant expiresAt) {
        if (expiresAt != null && publishedAt != null && !expiresAt.isAfter(publishedAt.toInstant())) {
            throw new IllegalArgumentException("expiry.beforePublication");
        }
        this.expiresAt = utc(expiresAt);
    }

    public List<Figure> getFigures() {
        return Collections.unmodifiableList(figures);
    }

    public long getVersion() {
        return version;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** Recorded once, when the bulletin is first saved. */
    public void recordCreator(String username) {
        if (createdBy == null) {
            createdBy = username;
        }
    }

    private static String required(String value, String field, int max) {
        String cleaned = VietnameseText.clean(value);
        if (cleaned == null || cleaned.isEmpty()) {
            throw new IllegalArgumentException("A bulletin needs a " + field);
        }
        return limited(cleaned, field, max);
    }

    private static String limited(String value, String field, int max) {
        String cleaned = VietnameseText.clean(value);
        if (cleaned.length() > max) {
            throw new IllegalArgumentException("The " + field + " is longer than " + max + " characters");
        }
        return cleaned;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Bulletin other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(Bulletin.class);
    }
}
