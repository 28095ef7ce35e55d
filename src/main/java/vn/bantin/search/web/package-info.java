/**
 * The public search page's bean.
 * <p>
 * Reads only.
 */
package vn.bantin.search.web;
