package vn.bantin.archive;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.bantin.bulletin.Bulletin;

/**
 * Archive copies made once per bulletin version and kept: a PDF takes about half a second of CPU,
 * so rendering it again for every download would let anyone keep the server busy. Readers asking
 * for a copy that is being made wait for that one. The least recently used copies go first.
 */
@ApplicationScoped
public class ArchiveCopies {

    /** Copies kept in memory (a bulletin's PDF is some hundred kilobytes). */
    static final int KEPT = 100;

    @Inject
    private BulletinPdf pdf;

    private final Map<String, CompletableFuture<byte[]>> copies = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<byte[]>> eldest) {
            return size() > KEPT;
        }
    };

    /** What names one copy: the bulletin's version, its section's name and the address printed in it. */
    public static String tag(Bulletin bulletin, String address) {
        return "pdf-" + bulletin.getId() + "-v" + bulletin.getVersion() + "-"
                + Integer.toHexString((address + "|" + bulletin.getCategory().getName()).hashCode());
    }

    public byte[] copyOf(Bulletin bulletin, String address, String portal) {
        String tag = tag(bulletin, address);
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> existing;
        synchronized (copies) {
            existing = copies.putIfAbsent(tag, mine);
        }
        if (existing == null) {
            try {
                mine.complete(pdf.render(bulletin, address, portal));
            } catch (RuntimeException | Error failure) {
                synchronized (copies) {
                    copies.remove(tag, mine);
                }
                mine.completeExceptionally(failure);
                throw failure;
            }
            return mine.join();
        }
        try {
            return existing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            // That rendering failed; this reader tries once more itself.
            return pdf.render(bulletin, address, portal);
        }
    }
}
