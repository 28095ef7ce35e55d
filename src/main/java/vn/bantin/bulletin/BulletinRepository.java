package vn.bantin.bulletin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import vn.bantin.category.Category;
import vn.bantin.platform.Timestamped;

/** Reads bulletins as the public sees them: only those visible at the given moment. */
@ApplicationScoped
public class BulletinRepository {

    /** The JPQL form of {@link Bulletin#isVisibleAt}, for a bulletin aliased b and the parameter now. */
    public static final String VISIBLE = "b.status = vn.bantin.bulletin.BulletinStatus.PUBLISHED"
            + " AND b.publishedAt IS NOT NULL AND b.publishedAt <= :now"
            + " AND (b.expiresAt IS NULL OR b.expiresAt > :now)";

    @PersistenceContext
    private EntityManager em;

    /**
     * Any bulletin by id, straight from the database (past the shared cache), for the back office:
     * the version shown is the one a later save is checked against.
     */
    public Optional<Bulletin> findCurrent(long id) {
        return Optional.ofNullable(em.find(Bulletin.class, id,
                java.util.Map.of("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)));
    }

    /** Any bulletin by id, from the shared cache when it is there (kept current by the change events). */
    public Optional<Bulletin> findById(long id) {
        return Optional.ofNullable(em.find(Bulletin.class, id));
    }

    public Optional<Bulletin> findVisibleBySlug(String slug, Instant now) {
        List<Bulletin> found = em.createQuery("SELECT b FROM Bulletin b JOIN FETCH b.category WHERE b.slug = :slug AND "
                + VISIBLE, Bulletin.class)
                .setParameter("slug", slug)
                .setParameter("now", Timestamped.utc(now))
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "b.figures")
                .setHint("eclipselink.batch", "b.figures.image")
                .getResultList();
        return found.stream().findFirst();
    }

    public Optional<Bulletin> findBySlug(String slug) {
        return em.createNamedQuery(Bulletin.FIND_BY_SLUG, Bulletin.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public boolean slugExists(String slug) {
        return !em.createQuery("SELECT b.id FROM Bulletin b WHERE b.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Newest first; a null category means all of them. */
    /** Whether a stored image belongs to a figure of a bulletin readers may see at that instant. */
    public boolean isImageVisible(long imageId, Instant now) {
        return em.createQuery("SELECT COUNT(f) FROM Figure f JOIN f.bulletin b WHERE f.image.id = :image AND " + VISIBLE,
                Long.class).setParameter("image", imageId).setParameter("now", Timestamped.utc(now)).getSingleResult() > 0;
    }

    public List<Bulletin> findVisible(Category category, Instant now, int offset, int limit) {
        TypedQuery<Bulletin> query = em.createQuery("SELECT b FROM Bulletin b WHERE " + VISIBLE
                + (category == null ? "" : " AND b.category = :category")
                + " ORDER BY b.publishedAt DESC, b.id DESC", Bulletin.class)
                .setParameter("now", Timestamped.utc(now))
                .setFirstResult(offset)
                .setMaxResults(limit)
                // Categories and figures of the whole page in one statement each, not one per row.
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "b.category")
                .setHint("eclipselink.batch", "b.figures")
                .setHint("eclipselink.batch", "b.figures.image");
        if (category != null) {
            query.setParameter("category", category);
        }
        return query.getResultList();
    }

    public long countVisible(Category category, Instant now) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(b) FROM Bulletin b WHERE " + VISIBLE
                + (category == null ? "" : " AND b.category = :category"), Long.class)
                .setParameter("now", Timestamped.utc(now));
        if (category != null) {
            query.setParameter("category", category);
        }
        return query.getSingleResult();
    }

    /**
     * The bulletins of these ids that readers may see now, in the order of the ids (a ranking
     * made elsewhere: search, related, most read), in one query with figures batched.
     */
    /** The ids of every bulletin readers may see now, newest first. */
    public List<Long> visibleIds(Instant now) {
        return em.createQuery("SELECT b.id FROM Bulletin b WHERE " + VISIBLE + " ORDER BY b.publishedAt DESC", Long.class)
                .setParameter("now", Timestamped.utc(now))
                .getResultList();
    }

    /** Whether readers may see the bulletin now; one indexed count, for the reading counter. */
    public boolean isVisible(long id, Instant now) {
        return em.createQuery("SELECT COUNT(b) FROM Bulletin b WHERE b.id = :id AND " + VISIBLE, Long.class)
                .setParameter("id", id)
                .setParameter("now", Timestamped.utc(now))
                .getSingleResult() > 0;
    }

    public List<Bulletin> findVisibleByIds(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Bulletin> byId = new HashMap<>();
        em.createQuery("SELECT b FROM Bulletin b WHERE b.id IN :ids AND " + VISIBLE, Bulletin.class)
                .setParameter("ids", ids)
                .setParameter("now", Timestamped.utc(now))
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "b.category")
                .setHint("eclipselink.batch", "b.figures")
                .setHint("eclipselink.batch", "b.figures.image")
                .getResultList()
                .forEach(b -> byId.put(b.getId(), b));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * Every visible bulletin's slug and the last change readers were told of (its revision, else
     * its publication), newest first: [slug, OffsetDateTime]. Both columns are read and compared here: the
     * type of a COALESCE of the two depends on the JDBC driver (a Timestamp from some).
     */
    public List<Object[]> visibleAddresses(Instant now) {
        List<Object[]> rows = em.createQuery("SELECT b.slug, b.revisedAt, b.publishedAt FROM Bulletin b WHERE " + VISIBLE
                        + " ORDER BY b.publishedAt DESC, b.id DESC", Object[].class)
                .setParameter("now", Timestamped.utc(now))
                .getResultList();
        return rows.stream().map(row -> new Object[] {row[0], later((OffsetDateTime) row[1], (OffsetDateTime) row[2])}).toList();
    }

    /**
     * Per category, the last change readers were told of among its visible bulletins: [category id,
     * OffsetDateTime]. A revision is never before its publication, so the later of the latest
     * revision and the latest publication is the latest of either.
     */
    public List<Object[]> lastChangeByCategory(Instant now) {
        List<Object[]> rows = em.createQuery("SELECT b.category.id, MAX(b.revisedAt), MAX(b.publishedAt) FROM Bulletin b WHERE "
                        + VISIBLE + " GROUP BY b.category.id", Object[].class)
                .setParameter("now", Timestamped.utc(now))
                .getResultList();
        return rows.stream().map(row -> new Object[] {row[0], later((OffsetDateTime) row[1], (OffsetDateTime) row[2])}).toList();
    }

    private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    /**
     * The next instant at which what readers see changes by itself: a scheduled bulletin going
     * live or a published one expiring. Empty when nothing is scheduled.
     */
    public Optional<Instant> nextVisibilityChange(Instant now) {
        return Stream.of(earliestPublishedAfter("publishedAt", now), earliestPublishedAfter("expiresAt", now))
                .flatMap(Optional::stream)
                .min(Instant::compareTo);
    }

    /**
     * The earliest value of a date field of published bulletins after {@code now}. One query per
     * field: a single query with CASE ... ELSE NULL is typed as text by PostgreSQL and refused.
     */
    private Optional<Instant> earliestPublishedAfter(String field, Instant now) {
        OffsetDateTime earliest = em.createQuery("SELECT MIN(b." + field + ") FROM Bulletin b"
                        + " WHERE b.status = vn.bantin.bulletin.BulletinStatus.PUBLISHED AND b." + field + " > :now",
                        OffsetDateTime.class)
                .setParameter("now", Timestamped.utc(now))
                .getSingleResult();
        return Optional.ofNullable(earliest).map(OffsetDateTime::toInstant);
    }

    public long countAll() {
        return em.createQuery("SELECT COUNT(b) FROM Bulletin b", Long.class).getSingleResult();
    }
}
