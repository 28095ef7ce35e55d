package vn.bantin.bulletin;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A public change note of a published bulletin ("Đính chính"): what was corrected and when, listed
 * under its body so that readers who read the first version learn what changed.
 */
@Embeddable
public class Correction implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_NOTE = 1000;

    @Column(name = "noted_at", nullable = false)
    private OffsetDateTime notedAt;

    @Column(name = "note", nullable = false, length = MAX_NOTE)
    private String note;

    protected Correction() {
    }

    Correction(Instant notedAt, String note) {
        this.notedAt = notedAt.atOffset(ZoneOffset.UTC);
        this.note = note;
    }

    public Instant getNotedAt() {
        return notedAt.toInstant();
    }

    public String getNote() {
        return note;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Correction other && Objects.equals(notedAt, other.notedAt) && Objects.equals(note, other.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(notedAt, note);
    }
}
