package vn.bantin.reading;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.platform.Messages;

/**
 * Answers the "Tùy chọn đọc" form when JavaScript is off: keeps the chosen set in a cookie for a
 * year and sends the reader back to the form on the page they were reading (303). "Mặc định"
 * (lam=mac-dinh) goes back to the defaults.
 */
@WebServlet("/tuy-chon")
public class ReadingPreferencesServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        ReadingPreferences chosen = "mac-dinh".equals(request.getParameter("lam"))
                ? ReadingPreferences.DEFAULT
                : ReadingPreferences.fromForm(request.getParameter("gian-dong"), request.getParameter("gian-chu"),
                        request.getParameter("tuong-phan"), request.getParameter("phong-de-doc"));
        if (chosen == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                    Messages.bundle(request).getString("readingOptions.badChoice"));
            return;
        }
        PreferenceCookie.READING.keepAndReturn(request, response, chosen.toCookie());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                Messages.bundle(request).getString("readingOptions.useForm"));
    }
}
