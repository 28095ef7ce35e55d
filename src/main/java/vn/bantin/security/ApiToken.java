package vn.bantin.security;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.bantin.text.VietnameseText;

/** A personal token for the write API. The token itself is shown once; only its digest is kept. */
@Entity
@Table(name = "api_token")
public class ApiToken implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, unique = true, length = 64)
    private String digest;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Column(nullable = false)
    private boolean revoked;

    protected ApiToken() {
    }

    ApiToken(Account account, String name, String digest, Instant now) {
        this.account = account;
        String cleaned = VietnameseText.clean(name);
        if (cleaned == null || cleaned.isEmpty() || cleaned.length() > 100) {
            throw new IllegalArgumentException("token.nameRequired");
        }
        this.name = cleaned;
        this.digest = digest;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    void used(Instant now) {
        this.lastUsedAt = now.atOffset(ZoneOffset.UTC);
    }

    void revoke() {
        this.revoked = true;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public Instant getLastUsedAt() {
        return lastUsedAt == null ? null : lastUsedAt.toInstant();
    }

    public boolean isRevoked() {
        return revoked;
    }
}
