/**
 * One request-scoped bean per public page (HomeView, CategoryView, BulletinView, SearchView), the
 * banner's sections menu (SiteNavigation), a bulletin page's sharing metadata (Open Graph, JSON-LD),
 * and the links views write (Links, #{site.base}).
 * <p>
 * Reads through repositories, the search index and the most-read list; writes nothing but a reading
 * count. Learns what was asked for from site.RequestedPage and tells the page cache what it shows
 * through cache.RenderedPage, never through request attributes. Nothing imports this package.
 */
package vn.bantin.site.pages;
