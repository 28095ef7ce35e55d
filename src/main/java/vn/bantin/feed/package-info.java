/**
 * RSS and Atom feeds, the sitemap and robots.txt.
 * <p>
 * Reads published bulletins and sections; no Faces.
 */
package vn.bantin.feed;
