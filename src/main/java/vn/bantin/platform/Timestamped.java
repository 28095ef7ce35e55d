package vn.bantin.platform;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/** Creation and last-change times, kept by the entity itself. */
@MappedSuperclass
public abstract class Timestamped implements Serializable {

    private static final long serialVersionUID = 1L;

    // OffsetDateTime in UTC is what JPA 3.1 maps natively to TIMESTAMP WITH TIME ZONE on both
    // H2 and PostgreSQL; the entity speaks Instant to the rest of the code.
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @PrePersist
    void onCreate() {
        OffsetDateTime now = utc(now());
        if (createdAt == null) {
            createdAt = now;
        }
        if (updatedAt == null) {
            updatedAt = now;
        }
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = utc(now());
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** Microseconds: what both H2 and PostgreSQL keep, so a value reads back equal. */
    protected static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Instant getCreatedAt() {
        return instant(createdAt);
    }

    public Instant getUpdatedAt() {
        return instant(updatedAt);
    }
}
