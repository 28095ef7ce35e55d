/**
 * The back office's Faces view beans (bulletin table, editor, preview, history, users, sections,
 * API tokens, sign-in) and their form helpers: FormErrors (a form's errors by field) and ErrorLink
 * (a line of the error summary), FacesText (interface texts and page messages).
 * <p>
 * Views only: no entity manager, no transactions. Writes, role checks and audit go through the
 * services of each feature (EditorialService, CategoryService, AccountService, ApiTokenService);
 * reads through their repositories. Nothing outside admin imports it.
 */
package vn.bantin.admin;
