package vn.bantin.security;

import java.time.Instant;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import vn.bantin.audit.AuditLog;

/**
 * Checks back-office sign-ins against the accounts in the database. Every failure looks the same
 * from outside: wrong password, unknown name, disabled account or paused sign-ins.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Inject
    private SignInGuard guard;

    @Inject
    private AuditLog audit;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = Account.normalizeUsername(login.getCaller());
        char[] password = login.getPassword().getValue();
        Instant now = Instant.now();
        if (username.isEmpty() || !guard.tryAttempt(username, now)) {
            accounts.verifyAgainstNothing(password);
            audit.record(username, "sign-in-refused", username);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account account = accounts.find(username).orElse(null);
        boolean valid;
        if (account == null) {
            accounts.verifyAgainstNothing(password);
            valid = false;
        } else {
            valid = accounts.passwordMatches(account, password) && account.isEnabled();
        }
        if (!valid) {
            guard.failed(username, now);
            audit.record(username, "sign-in-failed", username);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!guard.succeeded(username, Instant.now())) {
            audit.record(username, "sign-in-refused", username);
            return CredentialValidationResult.INVALID_RESULT;
        }
        audit.record(username, "sign-in", username);
        return new CredentialValidationResult(account.getUsername(),
                account.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
