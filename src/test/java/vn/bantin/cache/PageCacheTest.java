package vn.bantin.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class PageCacheTest {

    private static CachedPage page(String text, Instant now) {
        return CachedPage.of("text/html;charset=UTF-8", text.repeat(100).getBytes(StandardCharsets.UTF_8), now,
                PageCache.lifetime(now, null), null);
    }

    @Test
    void a_page_rendered_while_a_change_was_committed_is_not_kept() {
        PageCache cache = new PageCache();
        Instant now = Instant.now();
        long renderingBegan = cache.generation();
        cache.clear(); // a bulletin changed while the page was being rendered
        cache.put("/tin-tuc/a|vi|100", page("cũ", now), renderingBegan);
        assertTrue(cache.find("/tin-tuc/a|vi|100", now).isEmpty(), "the possibly old page is not served");

        cache.put("/tin-tuc/a|vi|100", page("mới", now), cache.generation());
        assertTrue(cache.find("/tin-tuc/a|vi|100", now).isPresent());
    }

    @Test
    void a_page_is_rendered_again_after_a_minute_and_its_copy_served_meanwhile_for_seconds_only() {
        PageCache cache = new PageCache();
        Instant now = Instant.now();
        cache.put("/", page("trang chủ", now), cache.generation());
        assertFalse(cache.find("/", now.plusSeconds(59)).orElseThrow().isDue(now.plusSeconds(59)));
        assertTrue(cache.find("/", now.plusSeconds(60)).orElseThrow().isDue(now.plusSeconds(60)), "rendered again");
        assertTrue(cache.find("/", now.plusSeconds(74)).isPresent(), "the copy in hand while that happens");
        assertTrue(cache.find("/", now.plusSeconds(75)).isEmpty(), "never longer");
    }

    @Test
    void no_page_is_served_past_a_scheduled_change() {
        Instant now = Instant.parse("2026-11-30T08:00:00Z");
        PageCache.Lifetime beforeTheMinute = PageCache.lifetime(now, now.plusSeconds(30));
        assertEquals(now.plusSeconds(30), beforeTheMinute.refreshFrom());
        assertEquals(now.plusSeconds(30), beforeTheMinute.servedUntil());

        PageCache.Lifetime whileRenderedAgain = PageCache.lifetime(now, now.plusSeconds(65));
        assertEquals(now.plusSeconds(60), whileRenderedAgain.refreshFrom());
        assertEquals(now.plusSeconds(65), whileRenderedAgain.servedUntil(), "the old copy stops at the change");

        PageCache.Lifetime nothingScheduled = PageCache.lifetime(now, null);
        assertEquals(now.plusSeconds(60), nothingScheduled.refreshFrom());
        assertEquals(now.plusSeconds(75), nothingScheduled.servedUntil());
    }

    @Test
    void compressed_bytes_are_the_page_and_each_representation_has_its_own_validator() throws IOException {
        CachedPage page = page("Hội nghị Ban Chấp hành ", Instant.now());
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(page.gzipped())).readAllBytes();
        assertArrayEquals(page.body(), unzipped);
        assertTrue(page.gzipped().length < page.body().length);
        assertNotEquals(page.etag(false), page.etag(true));
        assertEquals(page.etag(false), page("Hội nghị Ban Chấp hành ", Instant.now()).etag(false), "same bytes, same ETag");
    }

    @Test
    void readers_arriving_while_a_page_is_rendered_get_that_rendering() throws Exception {
        PageCache cache = new PageCache();
        Instant now = Instant.now();
        CompletableFuture<Optional<CachedPage>> first = new CompletableFuture<>();
        assertNull(cache.startRendering("/", first), "the first reader renders");

        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            CompletableFuture<Optional<CachedPage>> second = new CompletableFuture<>();
            CompletableFuture<Optional<CachedPage>> inProgress = cache.startRendering("/", second);
            assertSame(first, inProgress, "a second reader is told a rendering is under way");
            Future<Optional<CachedPage>> waiting = readers.submit(() -> PageCache.await(inProgress));
            assertFalse(waiting.isDone(), "and waits for it");

            CachedPage rendered = page("trang chủ", now);
            boolean kept = cache.put("/", rendered, cache.generation());
            cache.finishRendering("/", first, kept ? Optional.of(rendered) : Optional.empty());
            assertSame(rendered, waiting.get(5, TimeUnit.SECONDS).orElseThrow());
            assertNull(cache.startRendering("/", new CompletableFuture<>()), "the next miss renders anew");
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void a_rendering_not_kept_is_not_handed_to_those_waiting() throws Exception {
        PageCache cache = new PageCache();
        Instant now = Instant.now();
        CompletableFuture<Optional<CachedPage>> first = new CompletableFuture<>();
        cache.startRendering("/tin-tuc/a|vi|100", first);
        long renderingBegan = cache.generation();
        CompletableFuture<Optional<CachedPage>> inProgress = cache.startRendering("/tin-tuc/a|vi|100", new CompletableFuture<>());

        cache.clear(); // the bulletin was withdrawn during the rendering
        CachedPage old = page("cũ", now);
        boolean kept = cache.put("/tin-tuc/a|vi|100", old, renderingBegan);
        cache.finishRendering("/tin-tuc/a|vi|100", first, kept ? Optional.of(old) : Optional.empty());

        assertTrue(PageCache.await(inProgress).isEmpty(), "the waiting reader renders the page itself");
    }
}
