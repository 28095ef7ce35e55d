/**
 * Accounts, roles, sign-in (identity store, pause after failures) and sign-out, API tokens, the
 * request guard (forged requests, hosts, paths) and content security policy.
 * <p>
 * Knows no feature's data; features ask it who the caller is.
 */
package vn.bantin.security;
