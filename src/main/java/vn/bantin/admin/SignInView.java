package vn.bantin.admin;

import java.io.IOException;
import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import vn.bantin.security.SignInGuard;

/**
 * The sign-in form. Its messages never say whether an account exists: a wrong password, an
 * unknown name and a disabled account all read the same.
 */
@Named
@RequestScoped
public class SignInView {

    @Inject
    private SecurityContext security;

    @Inject
    private SignInGuard guard;

    private String username;
    private String password;
    private boolean failed;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String name = username == null ? "" : username;
        if (guard.isLocked(name, Instant.now())) {
            fail(faces, "signIn.locked");
            return;
        }
        if (request.getSession(false) != null) {
            // A new session id for the signed-in session: an id known before sign-in is worthless after.
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(name, new Password(password == null ? "" : password)))
                .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                external.redirect(external.getRequestContextPath() + "/admin/");
                faces.responseComplete();
            }
            default -> fail(faces, guard.isLocked(name, Instant.now()) ? "signIn.locked" : "signIn.failed");
        }
    }

    private void fail(FacesContext faces, String key) {
        password = null;
        failed = true;
        // The security layer keeps the failed attempt in the session and would answer the next
        // request with an empty page; a fresh session starts the next attempt clean.
        HttpSession session = ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession(false);
        if (session != null) {
            session.invalidate();
        }
        FacesText.message(FacesMessage.SEVERITY_ERROR, key);
    }

    /** After a refused sign-in both fields are marked invalid: which one was wrong is not said. */
    public boolean isFailed() {
        return failed;
    }

    /** The summary leads back to the first field, to try again. */
    public java.util.List<ErrorLink> getErrorLinks() {
        if (!failed) {
            return java.util.List.of();
        }
        return java.util.List.of(new ErrorLink("username", FacesText.text("signIn.tryAgain")));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
