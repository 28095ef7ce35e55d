package vn.bantin.search;

/**
 * One bulletin that matched, with its title, lead and (when the body matched) an excerpt as
 * HTML: the text escaped, matched words in {@code <mark>}.
 */
public record SearchHit(long id, String titleHtml, String leadHtml, String excerptHtml) {
}
