package vn.bantin.category;

/** A section was created, renamed, moved or removed; fired as the change is written. */
public record CategoryChanged(long id) {
}
