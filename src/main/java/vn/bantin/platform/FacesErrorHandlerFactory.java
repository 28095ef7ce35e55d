package vn.bantin.platform;

import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Faces errors answered without internals. A form whose view state this session does not hold
 * (the session ended, or the state came from someone else's page, as in a forged request) is
 * a 400 that says to open the page again; any other failure of an Ajax request is logged here and
 * answered as a plain server error, instead of Faces' default partial response that names the
 * Java exception class.
 */
public class FacesErrorHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(FacesErrorHandlerFactory.class.getName());

    public FacesErrorHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (faces != null && !faces.getResponseComplete() && events.hasNext()) {
                Throwable error = events.next().getContext().getException();
                boolean expired = isViewExpired(error);
                boolean ajax = faces.getPartialViewContext().isAjaxRequest();
                if (!expired && !ajax) {
                    continue;
                }
                events.remove();
                if (!expired) {
                    LOG.log(Level.SEVERE, "Ajax request failed", error);
                }
                answer(faces, expired ? 400 : 500, expired);
            }
            getWrapped().handle();
        }

        /**
         * The view state is not this session's, or the form's script nonce is not its page's
         * (PrimeFaces' check): either way the post did not come from this person's open page.
         */
        private static boolean isViewExpired(Throwable error) {
            for (Throwable t = error; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException || t.getClass().getName().equals("org.primefaces.csp.CspException")) {
                    return true;
                }
            }
            return false;
        }

        private static void answer(FacesContext faces, int status, boolean expired) {
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            try {
                external.responseReset();
                String message = Messages.bundle(request).getString(expired ? "error.viewExpired" : "error.500.detail");
                request.setAttribute(ErrorView.MESSAGE, message);
                external.responseSendError(status, message);
            } catch (IOException | IllegalStateException e) {
                throw new FacesException("The error answer could not be sent", e);
            } finally {
                request.removeAttribute(RequestDispatcher.ERROR_EXCEPTION);
                faces.responseComplete();
            }
        }
    }
}
