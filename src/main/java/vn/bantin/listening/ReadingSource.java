package vn.bantin.listening;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinRepository;

/** What the narrator reads, looked up in one transaction of its own (it works on a thread of its own). */
@ApplicationScoped
public class ReadingSource {

    @Inject
    private BulletinRepository bulletins;

    @Inject
    private AudioStore store;

    /** Every public bulletin, newest first: the start-up's work list. */
    @Transactional
    public List<Long> publicIds() {
        return bulletins.visibleIds(Instant.now());
    }

    /** The text of a public bulletin whose reading is missing or out of date; empty otherwise. */
    @Transactional
    public Optional<String> textToRead(long id, SpeechEngine engine) {
        List<Bulletin> found = bulletins.findVisibleByIds(List.of(id), Instant.now());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String text = SpokenText.of(found.get(0));
        String digest = SpokenText.digest(text, engine);
        boolean current = store.find(id).map(r -> r.digest().equals(digest)).orElse(false);
        return current ? Optional.empty() : Optional.of(text);
    }
}
