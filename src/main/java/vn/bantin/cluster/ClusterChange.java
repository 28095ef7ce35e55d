package vn.bantin.cluster;

import java.io.Serializable;

/**
 * A change one node made that the others must follow: what kind of thing changed and its id. Only
 * these two values cross the network; each node reads the rest from the database.
 */
public record ClusterChange(Kind kind, long id) implements Serializable {

    public enum Kind {
        BULLETIN, CATEGORY
    }
}
