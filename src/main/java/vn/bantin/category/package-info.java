/**
 * Sections ("chuyên mục"): the entity, its repository and change events.
 * <p>
 * Knows nothing of pages; its public view lives in category.web.
 */
package vn.bantin.category;
