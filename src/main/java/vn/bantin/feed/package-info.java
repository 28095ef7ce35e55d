/**
 * RSS and Atom feeds, the sitemap and robots.txt.
 * <p>
 * Reads published bulletins and sections; takes every address from site.PublicRoutes; no Faces.
 */
package vn.bantin.feed;
