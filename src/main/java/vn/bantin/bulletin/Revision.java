package vn.bantin.bulletin;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A bulletin's text as it was at one save. Revisions are written once and never changed. */
@Entity
@Table(name = "bulletin_revision")
@NamedQuery(name = Revision.FOR_BULLETIN,
        query = "SELECT r FROM Revision r WHERE r.bulletinId = :bulletin ORDER BY r.number DESC")
public class Revision implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FOR_BULLETIN = "Revision.forBulletin";

    @Id
    @SequenceGenerator(name = "bulletin_revision_seq", sequenceName = "bulletin_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bulletin_revision_seq")
    private Long id;

    @Column(name = "bulletin_id", nullable = false, updatable = false)
    private long bulletinId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private OffsetDateTime savedAt;

    @Column(name = "saved_by", nullable = false, updatable = false, length = 60)
    private String savedBy;

    @Column(nullable = false, updatable = false, length = 300)
    private String title;

    @Column(nullable = false, updatable = false, length = 120)
    private String slug;

    @Column(nullable = false, updatable = false, length = 2000)
    private String lead;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "category_id", nullable = false, updatable = false)
    private long categoryId;

    @Column(name = "author_name", updatable = false, length = 200)
    private String authorName;

    protected Revision() {
    }

    Revision(Bulletin bulletin, int number, String savedBy, Instant savedAt) {
        this.bulletinId = bulletin.getId();
        this.number = number;
        this.savedBy = savedBy;
        this.savedAt = savedAt.atOffset(ZoneOffset.UTC);
        this.title = bulletin.getTitle();
        this.slug = bulletin.getSlug();
        this.lead = bulletin.getLead();
        this.body = bulletin.getBody();
        this.categoryId = bulletin.getCategory().getId();
        this.authorName = bulletin.getAuthorName();
    }

    public Long getId() {
        return id;
    }

    public long getBulletinId() {
        return bulletinId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getSavedAt() {
        return savedAt.toInstant();
    }

    public String getSavedBy() {
        return savedBy;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getLead() {
        return lead;
    }

    public String getBody() {
        return body;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public String getAuthorName() {
        return authorName;
    }
}
