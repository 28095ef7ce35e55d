package vn.bantin.platform;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Faces views are back-office views (under {@code /admin/}) or public pages. Public pages are
 * stateless from the moment they are created: no view state, no view map, so no session for
 * readers (PrimeFaces would otherwise keep its script nonce in a view map, in a new session).
 */
public class BackOfficeView extends ViewHandlerWrapper {

    public BackOfficeView(ViewHandler wrapped) {
        super(wrapped);
    }

    /** Whether the view being rendered is a back-office view. */
    public static boolean is(FacesContext context) {
        UIViewRoot root = context.getViewRoot();
        return root != null && root.getViewId() != null && root.getViewId().startsWith("/admin/");
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = getWrapped().createView(context, viewId);
        if (root != null && (viewId == null || !viewId.startsWith("/admin/"))) {
            root.setTransient(true);
        }
        return root;
    }
}
