package vn.bantin.security;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.bantin.platform.PortalSettings;

/**
 * Creates the {@code admin} account on the first start. Its password comes from
 * {@code bantin.admin.password} (environment: BANTIN_ADMIN_PASSWORD); without one, a random
 * password is generated and written to the log, once.
 */
@ApplicationScoped
public class AdminAccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminAccountBootstrap.class.getName());
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    private AccountService accounts;

    /**
     * Refuses to start with a password the portal would refuse later: stopping the start with the
     * setting's name beats starting without a way to sign in.
     */
    public void checkSettings() {
        Optional<String> configured = PortalSettings.value("bantin.admin.password");
        if (configured.isPresent() && configured.get().length() < AccountService.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("The setting bantin.admin.password (environment BANTIN_ADMIN_PASSWORD) has "
                    + configured.get().length() + " characters; it needs at least " + AccountService.MIN_PASSWORD_LENGTH
                    + ". Set a longer one, or none to have a password generated.");
        }
    }

    public void createAdminIfMissing() {
        if (accounts.find("admin").isPresent()) {
            return;
        }
        Optional<String> configured = PortalSettings.value("bantin.admin.password");
        String password = configured.orElseGet(AdminAccountBootstrap::randomPassword);
        accounts.create("admin", "Quản trị viên", password.toCharArray(), EnumSet.of(Role.ADMIN, Role.EDITOR));
        if (configured.isPresent()) {
            LOG.info("Created the back-office account 'admin' with the password from bantin.admin.password");
        } else {
            LOG.warning("Created the back-office account 'admin' with the generated password: " + password
                    + " (shown only this once; sign in at /admin/ and keep it safe)");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
