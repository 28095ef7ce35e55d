package vn.bantin.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered public answer kept for reuse: its bytes, the same bytes gzip-compressed once (not
 * on every request), a validator for conditional requests, when it is to be rendered again and
 * until when it may be served.
 */
record CachedPage(String contentType, byte[] body, byte[] gzipped, String etag, Instant created, String lastModified,
        PageCache.Lifetime lifetime, Long bulletinId) {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** Below this size compression saves less than its headers cost. */
    private static final int COMPRESS_FROM = 512;

    static CachedPage of(String contentType, byte[] body, Instant now, PageCache.Lifetime lifetime, Long bulletinId) {
        byte[] gzipped = body.length >= COMPRESS_FROM ? gzip(body) : null;
        Instant created = now.truncatedTo(ChronoUnit.SECONDS);
        return new CachedPage(contentType, body, gzipped, "\"" + digest(body) + "\"", created, HTTP_DATE.format(created),
                lifetime, bulletinId);
    }

    /** Whether it may still be served. */
    boolean isServable(Instant now) {
        return now.isBefore(lifetime.servedUntil());
    }

    /** Whether it is time to render it again. */
    boolean isDue(Instant now) {
        return !now.isBefore(lifetime.refreshFrom());
    }

    /** The gzip representation is another entity, so it has its own strong validator. */
    String etag(boolean gzip) {
        return gzip ? etag.substring(0, etag.length() - 1) + "-gz\"" : etag;
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String digest(byte[] body) {
        return HexFormat.of().formatHex(vn.bantin.platform.Sha256.digest(body), 0, 12);
    }
}
