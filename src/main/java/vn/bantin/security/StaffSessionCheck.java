package vn.bantin.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import vn.bantin.audit.AuditLog;

/**
 * Every back-office request of a signed-in session asks the database whether the account still
 * accepts it: a disabled account, or one whose roles or password changed after the session signed
 * in, is signed out at that request, whichever node holds the session.
 */
@WebFilter("/admin/*")
public class StaffSessionCheck extends HttpFilter {

    /** When the session signed in (an {@link Instant}). */
    public static final String SIGNED_IN_AT = "bantin.signedInAt";

    @Inject
    private AccountService accounts;

    @Inject
    private AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String name = request.getRemoteUser();
        HttpSession session = request.getSession(false);
        if (name == null || session == null) {
            chain.doFilter(request, response);
            return;
        }
        Instant signedInAt = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : null;
        if (signedInAt == null) {
            // Signed in before this check existed: counts from now.
            signedInAt = Instant.now();
            session.setAttribute(SIGNED_IN_AT, signedInAt);
        }
        Optional<Account> account = accounts.find(name);
        if (account.isPresent() && account.get().acceptsSessionSignedInAt(signedInAt)) {
            chain.doFilter(request, response);
            return;
        }
        request.logout();
        session.invalidate();
        audit.record(name, "session-ended", name);
        String signIn = request.getContextPath() + "/admin/";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signIn + "\"></redirect></partial-response>");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", signIn);
    }
}
