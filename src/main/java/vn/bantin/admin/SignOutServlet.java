package vn.bantin.admin;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import vn.bantin.audit.AuditLog;

/** Signs out (POST only) and ends the session, then shows the sign-in form again. */
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
