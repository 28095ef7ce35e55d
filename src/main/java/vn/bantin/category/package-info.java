/**
 * Sections ("chuyên mục"): the entity, its repository, CategoryService (creating and editing
 * sections: the rules, the administrator check and the audit entry) and change events.
 * <p>
 * Knows nothing of pages or addresses; the section page lives in site.pages, its address in
 * site.PublicRoutes.
 */
package vn.bantin.category;
