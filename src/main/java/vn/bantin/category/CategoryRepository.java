package vn.bantin.category;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class CategoryRepository {

    @PersistenceContext
    private EntityManager em;

    public List<Category> findAll() {
        return em.createNamedQuery(Category.FIND_ALL, Category.class).getResultList();
    }

    public Optional<Category> findBySlug(String slug) {
        return em.createNamedQuery(Category.FIND_BY_SLUG, Category.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Category byId(long id) {
        Category category = em.find(Category.class, id);
        if (category == null) {
            throw new IllegalArgumentException("category.notFound");
        }
        return category;
    }

    public Category save(Category category) {
        if (category.getId() == null) {
            em.persist(category);
            return category;
        }
        return em.merge(category);
    }
}
