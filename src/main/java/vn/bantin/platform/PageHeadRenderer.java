package vn.bantin.platform;

import java.io.IOException;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

import org.primefaces.renderkit.HeadRenderer;

/**
 * {@code <h:head>}: PrimeFaces' head (its scripts, settings and nonces) in the back office, where
 * its components are used; on public pages a plain head with the page's own style sheets only, so
 * that they carry no inline script at all (their Content Security Policy allows none).
 */
public class PageHeadRenderer extends HeadRenderer {

    @Override
    public void encodeBegin(FacesContext context, UIComponent component) throws IOException {
        if (BackOfficeView.is(context)) {
            super.encodeBegin(context, component);
        } else {
            context.getResponseWriter().startElement("head", component);
        }
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (BackOfficeView.is(context)) {
            super.encodeEnd(context, component);
            return;
        }
        for (UIComponent resource : context.getViewRoot().getComponentResources(context, "head")) {
            resource.encodeAll(context);
        }
        context.getResponseWriter().endElement("head");
    }
}
