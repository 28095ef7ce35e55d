package vn.bantin.bulletin;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells the rest of the portal that a bulletin changed, whoever changed it (editor, API, a
 * schedule, a restore). Observers that need the committed state listen after the transaction
 * succeeds, so they never see a change that was rolled back.
 */
public class BulletinChangeListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Bulletin bulletin) {
        if (bulletin.getId() != null) {
            CDI.current().getBeanManager().getEvent().select(BulletinChanged.class).fire(new BulletinChanged(bulletin.getId()));
        }
    }
}
