package vn.bantin.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.primefaces.context.PrimeFacesContext;

/**
 * The Content Security Policy of Faces pages, which PrimeFaces sends with the nonce of the scripts
 * it wrote appended to the last directive (script-src). Public pages: nothing inline at all. The
 * back office: scripts only from the portal or carrying the nonce; inline styles, which its
 * components set, are allowed.
 */
@Named
@RequestScoped
public class ContentSecurity {

    static final String COMMON = "default-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none';"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none';";

    /** Public pages, also sent by {@link RequestGuard} for answers that are not Faces pages (or come from the cache). */
    public static final String PUBLIC = COMMON + " img-src 'self'; style-src 'self'; script-src 'self'";

    static final String BACK_OFFICE = COMMON + " img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'";

    public String getPolicy() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean backOffice = faces != null && faces.getViewRoot() != null
                && faces.getViewRoot().getViewId().startsWith("/admin/");
        return backOffice ? BACK_OFFICE : PUBLIC;
    }

    /**
     * This page's nonce, for a hidden field in every back-office form: PrimeFaces checks that a
     * form post carries the nonce of the page it came from, which a browser without JavaScript
     * would otherwise not send.
     */
    public String getNonce() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
