package vn.bantin.bulletin;

/** A bulletin was created, changed or removed; fired as the change is written to the database. */
public record BulletinChanged(long id) {
}
