package vn.bantin.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.bulletin.OfficialDocument;
import vn.bantin.platform.Timestamped;

/** Official documents as readers may see them: those of bulletins visible at the given moment. */
@ApplicationScoped
public class DocumentRepository {

    /** What the /van-ban list is narrowed to: an issuing body and a year of issue, each optional. */
    public record Filter(String issuer, Integer year) {
    }

    @PersistenceContext
    private EntityManager em;

    /** Newest bulletins first, each one's documents in their order. */
    public List<OfficialDocument> findVisible(Filter filter, Instant now, int offset, int limit) {
        TypedQuery<OfficialDocument> query = em.createQuery("SELECT d FROM OfficialDocument d JOIN FETCH d.bulletin b WHERE "
                + BulletinRepository.VISIBLE + conditions(filter) + " ORDER BY b.publishedAt DESC, b.id DESC, d.position",
                OfficialDocument.class);
        return bind(query, filter, now).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countVisible(Filter filter, Instant now) {
        return bind(em.createQuery("SELECT COUNT(d) FROM OfficialDocument d JOIN d.bulletin b WHERE "
                + BulletinRepository.VISIBLE + conditions(filter), Long.class), filter, now).getSingleResult();
    }

    /** The issuing bodies of visible documents, for the filter's choices. */
    public List<String> issuers(Instant now) {
        return em.createQuery("SELECT DISTINCT d.issuer FROM OfficialDocument d JOIN d.bulletin b WHERE "
                + BulletinRepository.VISIBLE + " AND d.issuer IS NOT NULL ORDER BY d.issuer", String.class)
                .setParameter("now", Timestamped.utc(now)).getResultList();
    }

    /** The years of issue of visible documents, newest first. */
    public List<Integer> years(Instant now) {
        return em.createQuery("SELECT DISTINCT d.issuedOn FROM OfficialDocument d JOIN d.bulletin b WHERE "
                + BulletinRepository.VISIBLE + " AND d.issuedOn IS NOT NULL", LocalDate.class)
                .setParameter("now", Timestamped.utc(now)).getResultStream()
                .map(LocalDate::getYear).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    /** The document, if its bulletin is visible now. */
    public Optional<OfficialDocument> findVisible(long id, Instant now) {
        return em.createQuery("SELECT d FROM OfficialDocument d JOIN FETCH d.bulletin b WHERE d.id = :id AND "
                + BulletinRepository.VISIBLE, OfficialDocument.class)
                .setParameter("id", id).setParameter("now", Timestamped.utc(now)).getResultStream().findFirst();
    }

    /** Any document, for staff previewing a draft. */
    public Optional<OfficialDocument> find(long id) {
        return Optional.ofNullable(em.find(OfficialDocument.class, id));
    }

    public Optional<byte[]> bytes(long id) {
        return Optional.ofNullable(em.find(DocumentFile.class, id)).map(DocumentFile::getBytes);
    }

    private static String conditions(Filter filter) {
        return (filter.issuer() == null ? "" : " AND d.issuer = :issuer")
                + (filter.year() == null ? "" : " AND d.issuedOn >= :yearStart AND d.issuedOn < :yearEnd");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Filter filter, Instant now) {
        query.setParameter("now", Timestamped.utc(Objects.requireNonNull(now)));
        if (filter.issuer() != null) {
            query.setParameter("issuer", filter.issuer());
        }
        if (filter.year() != null) {
            query.setParameter("yearStart", LocalDate.of(filter.year(), 1, 1));
            query.setParameter("yearEnd", LocalDate.of(filter.year() + 1, 1, 1));
        }
        return query;
    }
}
