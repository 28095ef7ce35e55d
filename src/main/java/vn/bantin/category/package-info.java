/**
 * Sections ("chuyên mục"): the entity, its repository, CategoryService (creating and editing
 * sections: the rules, the administrator check and the audit entry) and change events.
 * <p>
 * Knows nothing of pages; its public view lives in category.web.
 */
package vn.bantin.category;
