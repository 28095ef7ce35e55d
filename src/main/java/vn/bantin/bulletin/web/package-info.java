/**
 * Request-scoped beans behind the public bulletin and home pages, and the sharing metadata (Open
 * Graph, JSON-LD) of a bulletin page.
 * <p>
 * Reads through repositories and services; writes nothing.
 */
package vn.bantin.bulletin.web;
