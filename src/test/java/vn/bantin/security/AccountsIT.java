package vn.bantin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.bantin.security.Account;
import vn.bantin.security.AccountIdentityStore;
import vn.bantin.security.AccountService;
import vn.bantin.security.Role;
import vn.bantin.security.SignInGuard;
import vn.bantin.testing.Fixtures;
import vn.bantin.testing.Portal;

/** Accounts inside the server: hashes, sign-in checks and the pause after failures. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    static final String AUTHOR = Fixtures.AUTHOR;
    static final String AUTHOR_PASSWORD = Fixtures.AUTHOR_PASSWORD;

    @Inject
    private AccountService accounts;

    @Inject
    private AccountIdentityStore identityStore;

    @Inject
    private SignInGuard guard;

    @Deployment
    static WebArchive deployment() {
        return Portal.war().addClass(AccountsIT.class).addClass(Fixtures.class);
    }

    private Status signIn(String username, String password) {
        return identityStore.validate(new UsernamePasswordCredential(username, password)).getStatus();
    }

    @Test
    void passwords_are_kept_as_pbkdf2_hashes_and_roles_come_with_a_valid_sign_in() {
        Account author = accounts.find(AUTHOR).orElseGet(() ->
                accounts.create(AUTHOR, Fixtures.AUTHOR_NAME, AUTHOR_PASSWORD.toCharArray(), EnumSet.of(Role.AUTHOR)));
        assertTrue(author.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:"), "stored as a PBKDF2 hash");
        assertFalse(author.getPasswordHash().contains(AUTHOR_PASSWORD));
        var result = identityStore.validate(new UsernamePasswordCredential("  PhongVien ", AUTHOR_PASSWORD));
        assertEquals(Status.VALID, result.getStatus(), "names compare without case or spaces");
        assertEquals(java.util.Set.of("AUTHOR"), result.getCallerGroups());
        assertTrue(accounts.find("admin").orElseThrow().has(Role.ADMIN), "the first start creates admin");
    }

    @Test
    void five_failures_pause_sign_ins_for_fifteen_minutes() {
        Account victim = accounts.create("khoa-thu-" + System.nanoTime() % 1_000_000, "Khóa thử",
                "Mat-khau-dung-123".toCharArray(), EnumSet.of(Role.AUTHOR));
        for (int i = 0; i < 4; i++) {
            assertEquals(Status.INVALID, signIn(victim.getUsername(), "sai-mat-khau"));
        }
        assertFalse(guard.isLocked(victim.getUsername(), Instant.now()), "four failures are not yet five");
        assertEquals(Status.INVALID, signIn(victim.getUsername(), "sai-mat-khau"));
        assertTrue(guard.isLocked(victim.getUsername(), Instant.now()), "paused after five failures");
        assertEquals(Status.INVALID, signIn(victim.getUsername(), "Mat-khau-dung-123"), "even the right password waits");
        assertFalse(guard.isLocked(victim.getUsername(), Instant.now().plus(Account.LOCK_TIME).plusSeconds(1)),
                "for fifteen minutes");
    }

    @Test
    void a_made_up_name_is_paused_after_five_tries_exactly_like_a_real_account() {
        String madeUp = "khong-co-tai-khoan-" + System.nanoTime() % 1_000_000;
        for (int i = 0; i < 4; i++) {
            assertEquals(Status.INVALID, signIn(madeUp, "Mat-khau-doan-" + i));
        }
        assertFalse(guard.isLocked(madeUp, Instant.now()), "four tries are not yet five, as for an account");
        assertEquals(Status.INVALID, signIn(madeUp.toUpperCase(), "Mat-khau-doan-5"));
        assertTrue(guard.isLocked(madeUp, Instant.now()), "the fifth pauses the name, whatever its case");
        assertFalse(guard.tryAttempt(madeUp, Instant.now()), "no password is checked during the pause");
        assertFalse(guard.isLocked(madeUp, Instant.now().plus(Account.LOCK_TIME).plusSeconds(1)), "for fifteen minutes");
        assertFalse(guard.isLocked("khong-co-tai-khoan-khac", Instant.now()), "other names are not paused with it");
    }

    @Test
    void unknown_names_and_disabled_accounts_are_refused_like_wrong_passwords() {
        assertEquals(Status.INVALID, signIn("khong-co-ai", "Mat-khau-bat-ky-1"));
        Account disabled = accounts.create("tat-" + System.nanoTime() % 1_000_000, "Đã tắt",
                "Mat-khau-dung-456".toCharArray(), EnumSet.of(Role.EDITOR));
        accounts.disable(disabled.getUsername());
        assertEquals(Status.INVALID, signIn(disabled.getUsername(), "Mat-khau-dung-456"));
    }
}
