package vn.bantin.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import vn.bantin.bulletin.BulletinChanged;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.category.CategoryChanged;

/**
 * Rendered public pages and API answers, per address and language (text size and reading preferences are applied as a page is sent), in
 * memory. Correct before fast: every committed change of a bulletin, figure or section empties
 * it; no page is served past the instant a scheduled bulletin goes live or a published one
 * expires; and a page is rendered again a minute after its rendering, which bounds how old the
 * "most read" list can be.
 *
 * <p>A page missing from the cache is rendered once, not once per waiting reader: when a busy
 * page expires, dozens of readers ask for it in the same instant, and rendering it for each of
 * them at once would stall the whole server for the better part of a second. For the same
 * reason, a page past its minute is rendered again by one reader while the others are still
 * served the copy in hand, for a few seconds at most ({@link #STALE_FOR}) and never past a
 * scheduled change: nothing in it can have been withdrawn, since a change empties the cache.
 */
@ApplicationScoped
public class PageCache {

    /** A page is rendered again this long after its rendering. */
    /** Observer priority after every other (the default is Interceptor.Priority.APPLICATION + 500). */
    static final int AFTER_THE_REST = jakarta.interceptor.Interceptor.Priority.APPLICATION + 900;

    static final Duration LONGEST = Duration.ofMinutes(1);
    /** How long past {@link #LONGEST} the copy in hand may be served while it is rendered again. */
    static final Duration STALE_FOR = Duration.ofSeconds(15);
    static final int MAX_ENTRIES = 5000;
    /** A reader waits this long for another's rendering of the same page before rendering it too. */
    static final long LONGEST_WAIT_SECONDS = 10;

    @Inject
    private BulletinRepository bulletins;

    // Readers never wait on each other: lookups take no lock. When full, the cache starts again
    // empty, which costs one rendering per page and keeps memory bounded.
    private final Map<String, CachedPage> pages = new ConcurrentHashMap<>(256);

    /**
     * Counts clears. A page rendered while a change was being committed may hold the old
     * content; it is stored only if no clear happened since its rendering began.
     */
    private final AtomicLong generation = new AtomicLong();

    /** Renderings in progress, per key: what readers arriving meanwhile wait for. */
    private final Map<String, CompletableFuture<Optional<CachedPage>>> renderings = new ConcurrentHashMap<>();

    /** When what readers see next changes by itself; null until asked after a clear. */
    private Instant nextScheduledChange;
    private boolean scheduleKnown;

    Optional<CachedPage> find(String key, Instant now) {
        CachedPage page = pages.get(key);
        if (page == null) {
            return Optional.empty();
        }
        if (!page.isServable(now)) {
            pages.remove(key);
            return Optional.empty();
        }
        return Optional.of(page);
    }

    /** When a page rendered now is to be rendered again, and until when it may be served at all. */
    record Lifetime(Instant refreshFrom, Instant servedUntil) {
    }

    Lifetime lifetime(Instant now) {
        Instant scheduled;
        synchronized (this) {
            if (!scheduleKnown || (nextScheduledChange != null && !now.isBefore(nextScheduledChange))) {
                nextScheduledChange = bulletins.nextVisibilityChange(now).orElse(null);
                scheduleKnown = true;
            }
            scheduled = nextScheduledChange;
        }
        return lifetime(now, scheduled);
    }

    /** A minute, a few more seconds while it is rendered again; never past the next scheduled change. */
    static Lifetime lifetime(Instant now, Instant scheduledChange) {
        Instant refresh = now.plus(LONGEST);
        Instant until = refresh.plus(STALE_FOR);
        if (scheduledChange != null && scheduledChange.isBefore(until)) {
            until = scheduledChange;
            if (scheduledChange.isBefore(refresh)) {
                refresh = scheduledChange;
            }
        }
        return new Lifetime(refresh, until);
    }

    long generation() {
        return generation.get();
    }

    /**
     * Keeps a page rendered since {@code renderedIn}, unless the cache was emptied meanwhile.
     *
     * @return whether it was kept
     */
    synchronized boolean put(String key, CachedPage page, long renderedIn) {
        if (generation.get() != renderedIn) {
            return false;
        }
        if (pages.size() >= MAX_ENTRIES) {
            pages.clear();
        }
        pages.put(key, page);
        return true;
    }

    /**
     * Registers the caller as the one rendering {@code key}.
     *
     * @return null when the caller is to render it (and then call {@link #finishRendering}), or the
     *         rendering already in progress, to {@link #await}
     */
    CompletableFuture<Optional<CachedPage>> startRendering(String key, CompletableFuture<Optional<CachedPage>> mine) {
        return renderings.putIfAbsent(key, mine);
    }

    /** Hands the result to those waiting: the page if it was kept, nothing if it may not be served. */
    void finishRendering(String key, CompletableFuture<Optional<CachedPage>> mine, Optional<CachedPage> kept) {
        renderings.remove(key, mine);
        mine.complete(kept);
    }

    /** The rendering failed because the database is away: those waiting fail the same way at once. */
    void failRendering(String key, CompletableFuture<Optional<CachedPage>> mine, Throwable outage) {
        renderings.remove(key, mine);
        mine.completeExceptionally(outage);
    }

    /** Whether a rendering waited for ended with the database away. */
    static boolean failedForOutage(CompletableFuture<Optional<CachedPage>> rendering) {
        return rendering.isCompletedExceptionally();
    }

    /**
     * Waits for another reader's rendering. Empty when it was not kept (an error page, a change
     * committed meanwhile, or too long a wait): then the caller renders the page itself.
     */
    static Optional<CachedPage> await(CompletableFuture<Optional<CachedPage>> rendering) {
        try {
            return rendering.get(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    public synchronized void clear() {
        generation.incrementAndGet();
        pages.clear();
        scheduleKnown = false;
    }

    public int size() {
        return pages.size();
    }

    /**
     * Emptied last of the observers of a change ({@link #AFTER_THE_REST}): a page rendered between
     * this and the search index's update would otherwise keep an answer from the old index.
     */
    void bulletinChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(AFTER_THE_REST) BulletinChanged change) {
        clear();
    }

    void categoryChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(AFTER_THE_REST) CategoryChanged change) {
        clear();
    }
}
