package vn.bantin.cache;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the page being rendered for this request tells the page cache about itself: the bulletin it
 * shows, so that a reading served later from the cached copy still counts for that bulletin.
 */
@RequestScoped
public class RenderedPage {

    private Long bulletinId;

    /** Called by a bulletin page as it renders. */
    public void showsBulletin(long id) {
        this.bulletinId = id;
    }

    /** The bulletin shown, or null for a page that shows none. */
    Long bulletinId() {
        return bulletinId;
    }
}
