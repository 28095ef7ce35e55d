package vn.bantin.listening;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The readings, in the table bulletin_audio: one per bulletin, with the digest of the text and
 * engine it was made from. In SQL of its own, so a page that only shows a reading's length never
 * loads its bytes.
 */
@ApplicationScoped
public class AudioStore {

    /** What a page shows of a reading. */
    public record Reading(long bulletinId, String digest, String mediaType, Long durationMillis, int byteSize) {

        /** The file's extension, for its address and the name it is downloaded under. */
        public String extension() {
            if (mediaType.startsWith("audio/ogg")) {
                return "ogg";
            }
            if (mediaType.startsWith("audio/mpeg")) {
                return "mp3";
            }
            if (mediaType.contains("wav")) {
                return "wav";
            }
            return mediaType.startsWith("audio/webm") ? "webm" : "audio";
        }

        /** The version in its address: the address changes when the reading does. */
        public String version() {
            return digest.substring(0, 12);
        }
    }

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private jakarta.enterprise.event.Event<vn.bantin.bulletin.BulletinChanged> changed;

    public Optional<Reading> find(long bulletinId) {
        List<?> rows = em.createNativeQuery(
                "SELECT text_digest, media_type, duration_ms, byte_size FROM bulletin_audio WHERE bulletin_id = ?1")
                .setParameter(1, bulletinId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Reading(bulletinId, ((String) row[0]).strip(), (String) row[1],
                row[2] == null ? null : ((Number) row[2]).longValue(), ((Number) row[3]).intValue()));
    }

    public Optional<byte[]> bytes(long bulletinId) {
        List<?> rows = em.createNativeQuery("SELECT bytes FROM bulletin_audio WHERE bulletin_id = ?1")
                .setParameter(1, bulletinId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((byte[]) rows.get(0));
    }

    /**
     * Keeps a reading in place of the bulletin's last one. Told as a change of the bulletin, from
     * within the transaction like every other change: once committed, every node's pages and
     * answers offer it (the narrator's own observer then finds the reading current). Fired from
     * the narrator's thread outside a transaction, the observers that read the database would
     * find no persistence context there.
     */
    @Transactional
    public void put(long bulletinId, String digest, String mediaType, Long durationMillis, byte[] audio) {
        em.createNativeQuery("DELETE FROM bulletin_audio WHERE bulletin_id = ?1").setParameter(1, bulletinId).executeUpdate();
        em.createNativeQuery("INSERT INTO bulletin_audio (bulletin_id, text_digest, media_type, duration_ms, byte_size, bytes,"
                + " made_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, bulletinId).setParameter(2, digest).setParameter(3, mediaType)
                .setParameter(4, durationMillis).setParameter(5, audio.length).setParameter(6, audio)
                .setParameter(7, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)).executeUpdate();
        changed.fire(new vn.bantin.bulletin.BulletinChanged(bulletinId));
    }
}
