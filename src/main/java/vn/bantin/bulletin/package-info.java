/**
 * The bulletin domain: the entity with its figures and revisions, statuses and the editorial workflow
 * (EditorialService: transactions, roles, audit), repositories, change events.
 * <p>
 * Knows nothing of pages, Faces or HTTP; the web views of bulletins live in bulletin.web.
 */
package vn.bantin.bulletin;
