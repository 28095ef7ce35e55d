package vn.bantin.bulletin;

/** Where a bulletin is in its life. Only PUBLISHED with a publication time that has come is public. */
public enum BulletinStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED
}
