package vn.bantin.bulletin;

/**
 * What the back-office table asks for: filters (each optional), a sort and a page window.
 * Sort fields are a closed list, so nothing from outside reaches the query as text.
 */
public record BulletinSearch(BulletinStatus status, Long categoryId, String author, String text, SortField sort,
        boolean ascending, int offset, int limit) {

    public enum SortField {
        TITLE("title"),
        STATUS("status"),
        PUBLISHED_AT("publishedAt"),
        UPDATED_AT("updatedAt");

        final String attribute;

        SortField(String attribute) {
            this.attribute = attribute;
        }
    }
}
