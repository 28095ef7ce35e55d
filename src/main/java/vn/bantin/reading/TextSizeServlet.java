package vn.bantin.reading;

import java.io.IOException;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.platform.Messages;

/**
 * Answers the text-size buttons when JavaScript is off: stores the new size in a cookie for a
 * year and sends the reader back to the page they were reading (303, so a reload does not repeat
 * the change). With JavaScript on, the page script does the same without a round trip.
 */
@WebServlet("/co-chu")
public class TextSizeServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        ResourceBundle msg = Messages.bundle(request);
        Optional<TextSize> next = TextSizePreference.of(request).apply(request.getParameter("doi"));
        if (next.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, msg.getString("textSize.badChange"));
            return;
        }
        PreferenceCookie.TEXT_SIZE.keepAndReturn(request, response, Integer.toString(next.get().percent()));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                Messages.bundle(request).getString("textSize.useButtons"));
    }
}
