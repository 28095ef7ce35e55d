package vn.bantin.platform;

import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the error page says. The message of a 4xx is ours and tells the reader what to do; the
 * text of a server error is never shown, since it may carry internals.
 */
@Named
@RequestScoped
public class ErrorView {

    /** A message of ours for this answer, said as it is whatever the status (see RequestGuard). */
    public static final String MESSAGE = "bantin.error.message";

    @Inject
    private HttpServletRequest request;

    public int getStatus() {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code ? code : 500;
    }

    public String getTitle() {
        ResourceBundle msg = Messages.bundle(request);
        String key = "error." + getStatus() + ".title";
        return msg.containsKey(key) ? msg.getString(key) : msg.getString("error.title");
    }

    public String getDetail() {
        ResourceBundle msg = Messages.bundle(request);
        int status = getStatus();
        if (request.getAttribute(MESSAGE) instanceof String ours) {
            return ours;
        }
        if (status != 400 && status != 413 && msg.containsKey("error." + status + ".detail")) {
            return msg.getString("error." + status + ".detail");
        }
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        if (status >= 400 && status < 500 && message != null && !message.toString().isBlank()
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null) {
            return message.toString();
        }
        return status == 404 ? msg.getString("error.404.detail") : msg.getString("error.500.detail");
    }
}
