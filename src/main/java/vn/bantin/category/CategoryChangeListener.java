package vn.bantin.category;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Tells the portal that a section changed (its name and place show on every public page). */
public class CategoryChangeListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Category category) {
        if (category.getId() != null) {
            CDI.current().getBeanManager().getEvent().select(CategoryChanged.class).fire(new CategoryChanged(category.getId()));
        }
    }
}
