/**
 * The page cache of public pages: one rendering per address and language (each reader's text size and reading preferences applied as it is sent), emptied by change
 * events.
 * <p>
 * Knows which reader preferences make a variant (reading) and which addresses may be kept
 * (site.PublicRoutes); learns what a page shows through RenderedPage, which pages fill in. Knows no
 * back office and no page bean.
 */
package vn.bantin.cache;
