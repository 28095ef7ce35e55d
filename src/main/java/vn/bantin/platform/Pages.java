package vn.bantin.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** Ends a Faces request with an HTTP error, shown by the portal's accessible error page. */
public final class Pages {

    private Pages() {
    }

    public static void notFound() {
        send(404, "error.404.detail");
    }

    /** 410 Gone: the address had a public page, removed since. */
    public static void gone() {
        send(410, "error.410.detail");
    }

    public static void badRequest(String messageKey) {
        send(400, messageKey);
    }

    private static void send(int status, String messageKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String message = Messages.bundle((jakarta.servlet.http.HttpServletRequest) external.getRequest())
                .getString(messageKey);
        try {
            external.responseSendError(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
