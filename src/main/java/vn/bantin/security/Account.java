package vn.bantin.security;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.bantin.platform.Timestamped;
import vn.bantin.text.VietnameseText;

/** A back-office account: who may sign in, with which roles, and whether sign-ins are paused. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = Account.FIND_BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
public class Account extends Timestamped {

    public static final String FIND_BY_USERNAME = "Account.findByUsername";
    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "sessions_valid_from")
    private OffsetDateTime sessionsValidFrom;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = normalizeUsername(username);
        if (!this.username.matches("[a-z0-9._-]{2,60}")) {
            throw new IllegalArgumentException("A username is 2 to 60 letters a-z, digits, dots, dashes or underscores");
        }
        this.displayName = Objects.requireNonNull(VietnameseText.clean(displayName));
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Usernames compare without case or surrounding spaces. */
    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public void describe(String displayName, Set<Role> roles) {
        String cleaned = VietnameseText.clean(displayName);
        if (cleaned == null || cleaned.isEmpty()) {
            throw new IllegalArgumentException("account.displayNameRequired");
        }
        this.displayName = cleaned;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
    }

    /**
     * A sign-in attempt begins: it counts as a failure until its password proves right. When five
     * attempts are already counted, sign-ins pause for {@link #LOCK_TIME} and this one is refused.
     */
    public boolean signInAttempted(Instant now) {
        if (failedSignIns >= MAX_FAILED_SIGN_INS) {
            pause(now);
            return false;
        }
        failedSignIns++;
        return true;
    }

    /** The attempt's password was wrong; the fifth failure in a row pauses sign-ins. */
    public void signInFailed(Instant now) {
        if (failedSignIns >= MAX_FAILED_SIGN_INS) {
            pause(now);
        }
    }

    private void pause(Instant now) {
        lockedUntil = utc(now.plus(LOCK_TIME));
        failedSignIns = 0;
    }

    /** Ends every session signed in until now (they are refused at their next request). */
    public void endSessions(Instant now) {
        sessionsValidFrom = utc(now);
    }

    /** Whether a session signed in at that instant may still act for this account. */
    public boolean acceptsSessionSignedInAt(Instant signedInAt) {
        return enabled && (sessionsValidFrom == null || signedInAt.isAfter(sessionsValidFrom.toInstant()));
    }

    public void signInSucceeded() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return instant(lockedUntil);
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Account other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(Account.class);
    }
}
