/**
 * Full-text search (Lucene with a Vietnamese analyser that matches words with or without marks), the
 * index and its updates on change events.
 * <p>
 * Knows nothing of pages; the search page lives in site.pages.
 */
package vn.bantin.search;
