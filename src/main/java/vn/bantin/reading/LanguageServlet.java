package vn.bantin.reading;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.platform.Messages;

/**
 * Answers the language switch: keeps the choice in a cookie for a year and sends the reader back
 * to the page they were on (303, so a reload does not post again). No session is involved, so
 * the public pages stay stateless.
 */
@WebServlet("/ngon-ngu")
public class LanguageServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        Optional<InterfaceLanguage> chosen = InterfaceLanguage.fromTag(request.getParameter("chon"));
        if (chosen.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, Messages.bundle(request).getString("language.badChoice"));
            return;
        }
        PreferenceCookie.LANGUAGE.keepAndReturn(request, response, chosen.get().getTag());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, Messages.bundle(request).getString("language.useButton"));
    }
}
