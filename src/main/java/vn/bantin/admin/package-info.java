/**
 * The back office's Faces view beans (bulletin table, editor, preview, history, users, sections, API
 * tokens, sign-in) and their form helpers (ErrorLink for the error summary, FacesText for messages).
 * <p>
 * Views call the services of their feature (EditorialService, AccountService, ApiTokenService) for
 * writes, role checks and audit. Nothing outside admin imports it.
 */
package vn.bantin.admin;
