/**
 * The page cache of public pages: one rendering per address, language and text size, emptied by change
 * events.
 * <p>
 * Knows which reader preferences make a variant (reading); knows no back office.
 */
package vn.bantin.cache;
