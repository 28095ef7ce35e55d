package vn.bantin.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/** Every bulletin, whatever its state, for the back office: filtered, sorted and paged in SQL. */
@ApplicationScoped
public class BulletinTableQuery {

    @PersistenceContext
    private EntityManager em;

    public List<Bulletin> find(BulletinSearch search) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Bulletin> query = cb.createQuery(Bulletin.class);
        Root<Bulletin> bulletin = query.from(Bulletin.class);
        bulletin.alias("b");
        query.where(filters(cb, bulletin, search));
        var sortBy = bulletin.get(search.sort() == null ? "updatedAt" : search.sort().attribute);
        query.orderBy(search.ascending() ? cb.asc(sortBy) : cb.desc(sortBy), cb.desc(bulletin.get("id")));
        return em.createQuery(query)
                .setFirstResult(search.offset())
                .setMaxResults(search.limit())
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "b.category")
                .getResultList();
    }

    public long count(BulletinSearch search) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Bulletin> bulletin = query.from(Bulletin.class);
        query.select(cb.count(bulletin)).where(filters(cb, bulletin, search));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<Bulletin> bulletin, BulletinSearch search) {
        List<Predicate> where = new ArrayList<>();
        if (search.status() != null) {
            where.add(cb.equal(bulletin.get("status"), search.status()));
        }
        if (search.categoryId() != null) {
            where.add(cb.equal(bulletin.get("category").get("id"), search.categoryId()));
        }
        if (search.author() != null && !search.author().isBlank()) {
            where.add(cb.like(cb.lower(bulletin.get("authorName")), contains(search.author()), '\\'));
        }
        if (search.text() != null && !search.text().isBlank()) {
            String pattern = contains(search.text());
            where.add(cb.or(cb.like(cb.lower(bulletin.get("title")), pattern, '\\'),
                    cb.like(cb.lower(bulletin.get("lead")), pattern, '\\')));
        }
        return where.toArray(Predicate[]::new);
    }

    /** A LIKE pattern for text typed by an editor; its own % and _ match literally. */
    private static String contains(String typed) {
        String escaped = vn.bantin.text.VietnameseText.clean(typed).toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
