package vn.bantin.bulletin;

/**
 * Where a bulletin is in its life. Only PUBLISHED with a publication time that has come is public.
 * Taken off the public site, it is either WITHDRAWN (its page stays, under a notice saying when and
 * why) or ARCHIVED (removed: 410 Gone once it had been public).
 */
public enum BulletinStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    WITHDRAWN,
    ARCHIVED
}
