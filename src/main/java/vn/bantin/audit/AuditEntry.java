package vn.bantin.audit;

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

/** One line of the audit log. Entries are written once and never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(nullable = false, updatable = false, length = 60)
    private String actor;

    @Column(nullable = false, updatable = false, length = 40)
    private String action;

    @Column(updatable = false, length = 300)
    private String subject;

    @Column(updatable = false, length = 64)
    private String address;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, String action, String subject, String address) {
        this.at = at.atOffset(ZoneOffset.UTC);
        this.actor = cut(actor, 60);
        this.action = cut(action, 40);
        this.subject = cut(subject, 300);
        this.address = cut(address, 64);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at.toInstant();
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getAddress() {
        return address;
    }
}
