/**
 * Pictures: intake of uploads (recognised by content, re-encoded without metadata, size limits, the
 * decoding slot), storage and the image servlet.
 * <p>
 * Knows nothing of bulletins' workflow; serves a picture only when told it may.
 */
package vn.bantin.media;
