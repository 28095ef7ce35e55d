package vn.bantin.listening;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import vn.bantin.bulletin.BulletinChanged;
import vn.bantin.cluster.ChangeRelay;
import vn.bantin.platform.PortalSettings;

/**
 * Makes the readings, one at a time, in the background: after a bulletin is published or changed
 * (on the node where the change was made) and, at start-up, for every public bulletin whose reading
 * is missing or out of date. A reading is made again only when its text or the engine changed.
 * When one is stored, the bulletin is announced as changed (AudioStore), so every node's pages offer it.
 */
@ApplicationScoped
public class Narrator {

    private static final Logger LOG = Logger.getLogger(Narrator.class.getName());

    @Inject
    private AudioStore store;

    @Inject
    private ReadingSource source;

    @Inject
    private NarrationWorker worker;

    private Optional<SpeechEngine> engine;
    private final Set<Long> waiting = new LinkedHashSet<>();
    private boolean working;

    /** The engine this node uses, found once (programs are not installed while the portal runs). */
    public synchronized Optional<SpeechEngine> engine() {
        if (engine == null) {
            engine = SpeechEngine.find(PortalSettings.value("bantin.speech.command"), PortalSettings.value("bantin.speech.type"),
                    System.getenv("PATH"));
            LOG.info(engine.map(e -> "Readings are made by " + e.name() + " (" + e.mediaType() + ")")
                    .orElse("No speech engine (espeak-ng or bantin.speech.command): bulletins are offered without a reading"));
        }
        return engine;
    }

    /** A start-up step: every public bulletin gets its reading, in the background. */
    public void catchUp() {
        if (engine().isPresent()) {
            queue(source.publicIds());
        }
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BulletinChanged change) {
        if (!ChangeRelay.isRelaying() && engine().isPresent()) {
            queue(List.of(change.id()));
        }
    }

    private void queue(List<Long> ids) {
        synchronized (waiting) {
            waiting.addAll(ids);
            if (working) {
                return;
            }
            working = true;
        }
        worker.run(this::work);
    }

    private void work() {
        while (true) {
            Long id;
            synchronized (waiting) {
                if (waiting.isEmpty()) {
                    working = false;
                    return;
                }
                id = waiting.iterator().next();
                waiting.remove(id);
            }
            try {
                make(id);
            } catch (IOException | RuntimeException failed) {
                // The bulletin stays without a (new) reading; the next change or start tries again.
                LOG.log(Level.WARNING, "Could not make the reading of bulletin " + id, failed);
            }
        }
    }

    /** Makes and keeps the reading of a public bulletin if it has none for its current text. */
    void make(long id) throws IOException {
        SpeechEngine speech = engine().orElseThrow();
        Optional<String> wanted = source.textToRead(id, speech);
        if (wanted.isEmpty()) {
            return;
        }
        String text = wanted.get();
        String digest = SpokenText.digest(text, speech);
        byte[] audio = speech.speak(text);
        Long length = AudioLength.millis(audio, speech.mediaType()).stream().boxed().findFirst().orElse(null);
        store.put(id, digest, speech.mediaType(), length, audio);
    }
}
