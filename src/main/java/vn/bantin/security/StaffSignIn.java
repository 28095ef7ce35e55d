package vn.bantin.security;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Back-office sign-in: the form ({@value #SIGN_IN_PAGE}) is shown in place of any protected page
 * to someone not signed in, and its credentials are checked by {@link AccountIdentityStore}.
 *
 * <p>A signed-in session keeps only the account's name (a String) and the sign-in time; at each
 * request the account and its roles are read again from the database. So the session means the
 * same thing on every node of a cluster, whichever node it was signed in on (the server's own
 * remembered sign-in keeps its roles on the node that made it only), and a change of roles counts
 * from the next request. {@link StaffSessionCheck} then ends sessions the account no longer accepts.
 */
@ApplicationScoped
public class StaffSignIn implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PAGE = "/admin/dang-nhap.xhtml";

    /** The signed-in account's username (a String). */
    public static final String SIGNED_IN_AS = "bantin.signedInAs";

    @Inject
    private AccountIdentityStore identityStore;

    @Inject
    private AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_AS) instanceof String name) {
            Optional<Account> account = accounts.find(name);
            if (account.isPresent()) {
                return context.notifyContainerAboutLogin(account.get().getUsername(),
                        account.get().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
            }
            session.removeAttribute(SIGNED_IN_AS);
        }
        return context.isProtected() ? context.forward(SIGN_IN_PAGE) : context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            HttpSession session = request.getSession();
            session.setAttribute(SIGNED_IN_AS, result.getCallerPrincipal().getName());
            session.setAttribute(StaffSessionCheck.SIGNED_IN_AT, Instant.now());
        }
        return context.notifyContainerAboutLogin(result);
    }
}
