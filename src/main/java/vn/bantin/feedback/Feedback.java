package vn.bantin.feedback;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A reader's message about the portal's accessibility, kept for administrators. */
@Entity
@Table(name = "accessibility_feedback")
public class Feedback implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_MESSAGE = 4000;
    public static final int MIN_MESSAGE = 10;
    public static final int MAX_CONTACT = 200;

    @Id
    @SequenceGenerator(name = "accessibility_feedback_seq", sequenceName = "accessibility_feedback_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accessibility_feedback_seq")
    private Long id;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(nullable = false, length = MAX_MESSAGE)
    private String message;

    @Column(length = MAX_CONTACT)
    private String contact;

    @Column(name = "sender_digest", nullable = false, length = 64)
    private String senderDigest;

    protected Feedback() {
    }

    Feedback(Instant receivedAt, String message, String contact, String senderDigest) {
        this.receivedAt = receivedAt.atOffset(ZoneOffset.UTC);
        this.message = message;
        this.contact = contact;
        this.senderDigest = senderDigest;
    }

    public Long getId() {
        return id;
    }

    public Instant getReceivedAt() {
        return receivedAt.toInstant();
    }

    public String getMessage() {
        return message;
    }

    public String getContact() {
        return contact;
    }
}
