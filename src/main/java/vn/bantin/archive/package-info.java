/**
 * The PDF archive copy of each published bulletin (/luu-tru/{slug}.pdf, tagged PDF/UA) and its cache
 * per version.
 * <p>
 * Reads bulletins; never writes them.
 */
package vn.bantin.archive;
