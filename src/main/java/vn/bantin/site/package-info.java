/**
 * The public site's addresses and routing: PublicRoutes, the one list of public addresses (pages,
 * feeds, sitemap, robots, archive copies, read API; what the page cache may keep; what crawlers are
 * asked to skip), the router that sends each page address to its Faces view, and RequestedPage, through
 * which the router tells the view what was asked for.
 * <p>
 * Knows only the platform: every feature may take addresses from here without a cycle. The page
 * beans live in site.pages.
 */
package vn.bantin.site;
