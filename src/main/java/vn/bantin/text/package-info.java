/**
 * Vietnamese text rules: NFC, forbidden characters, slugs.
 * <p>
 * Pure functions; imports nothing of the portal.
 */
package vn.bantin.text;
