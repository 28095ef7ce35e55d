package vn.bantin.admin;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.platform.Pages;

/** {@code /admin/xem-truoc.xhtml?id=N}: a bulletin in any state, rendered as the public will see it. */
@Named
@RequestScoped
public class BulletinPreview {

    @PersistenceContext
    private EntityManager em;

    private Long id;
    private Bulletin bulletin;

    public void load() {
        bulletin = id == null ? null
                : em.find(Bulletin.class, id, Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS));
        if (bulletin == null) {
            Pages.notFound();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Bulletin getBulletin() {
        return bulletin;
    }
}
