package vn.bantin.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import vn.bantin.audit.AuditLog;

/**
 * Signs a member of staff out (POST only): ends the session and notes it in the activity log, then
 * shows the sign-in form again. Security, not a view: it sits beside the sign-in mechanism.
 */
@WebServlet("/admin/dang-xuat")
public class SignOutServlet extends HttpServlet {

    @Inject
    private AuditLog audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String who = request.getRemoteUser();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (who != null) {
            audit.record(who, "sign-out", who);
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/admin/");
    }
}
