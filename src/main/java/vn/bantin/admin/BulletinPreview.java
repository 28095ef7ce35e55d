package vn.bantin.admin;


import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.platform.Pages;

/** {@code /admin/xem-truoc.xhtml?id=N}: a bulletin in any state, rendered as the public will see it. */
@Named
@RequestScoped
public class BulletinPreview {

    @Inject
    private BulletinRepository bulletins;

    private Long id;
    private Bulletin bulletin;

    public void load() {
        bulletin = id == null ? null
                : bulletins.findCurrent(id).orElse(null);
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
