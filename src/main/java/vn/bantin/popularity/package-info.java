/**
 * View counts and the most-read list (counted without cookies, flushed to the database each minute).
 * <p>
 * Reads bulletins by id only.
 */
package vn.bantin.popularity;
