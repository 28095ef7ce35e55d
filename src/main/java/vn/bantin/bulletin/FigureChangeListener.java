package vn.bantin.bulletin;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** A figure's change is a change of its bulletin (caption, alt text, order, image). */
public class FigureChangeListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Figure figure) {
        if (figure.getBulletin() != null && figure.getBulletin().getId() != null) {
            CDI.current().getBeanManager().getEvent().select(BulletinChanged.class)
                    .fire(new BulletinChanged(figure.getBulletin().getId()));
        }
    }
}
