/**
 * The bulletin domain: the entity with its figures and revisions, statuses and the editorial workflow
 * (EditorialService: transactions, roles, audit), repositories, change events.
 * <p>
 * Knows nothing of pages, Faces, HTTP or addresses; the public pages of bulletins live in site.pages,
 * their addresses in site.PublicRoutes.
 */
package vn.bantin.bulletin;
