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

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import vn.bantin.bulletin.BulletinChanged;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.category.CategoryChanged;

/**
 * Rendered public pages and API answers, per address and variant (language, text size), in
 * memory. Correct before fast: every committed change of a bulletin, figure or section empties
 * it; so does the instant a scheduled bulletin goes live or a published one expires; and no
 * entry lives longer than a minute, which bounds how old the "most read" list can be.
 *
 * <p>A page missing from the cache is rendered once, not once per waiting reader: when a busy
 * page expires, dozens of readers ask for it in the same instant, and rendering it for each of
 * them at once would stall the whole server for the better part of a second.
 */
@ApplicationScoped
public class PageCache {

    static final Duration LONGEST = Duration.ofMinutes(1);
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
        if (!page.isFresh(now)) {
            pages.remove(key);
            return Optional.empty();
        }
        return Optional.of(page);
    }

    /** How long a page rendered now may be served: until the next scheduled change, a minute at most. */
    Instant validUntil(Instant now) {
        Instant scheduled;
        synchronized (this) {
            if (!scheduleKnown || (nextScheduledChange != null && !now.isBefore(nextScheduledChange))) {
                nextScheduledChange = bulletins.nextVisibilityChange(now).orElse(null);
                scheduleKnown = true;
            }
            scheduled = nextScheduledChange;
        }
        Instant longest = now.plus(LONGEST);
        return scheduled != null && scheduled.isBefore(longest) ? scheduled : longest;
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

    void bulletinChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BulletinChanged change) {
        clear();
    }

    void categoryChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CategoryChanged change) {
        clear();
    }
}
