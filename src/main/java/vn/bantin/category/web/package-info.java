/**
 * The public section page and the site navigation (the sections in the banner).
 * <p>
 * Reads only.
 */
package vn.bantin.category.web;
