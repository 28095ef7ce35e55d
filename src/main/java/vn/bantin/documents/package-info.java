/**
 * Official documents ("văn bản") bulletins carry: intake of uploads (recognised by content, active
 * content refused), their bytes, the download servlet and the public list at {@code /van-ban}
 * with its filters. The document's description is the bulletin's ({@code bulletin.OfficialDocument}).
 */
package vn.bantin.documents;
