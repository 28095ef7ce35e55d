package vn.bantin.bulletin;

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
            BulletinChangeListener.announce(figure.getBulletin().getId());
        }
    }
}
