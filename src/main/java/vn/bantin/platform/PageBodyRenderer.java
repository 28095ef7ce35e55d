package vn.bantin.platform;

import java.io.IOException;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.primefaces.renderkit.BodyRenderer;

/** {@code <h:body>}: PrimeFaces' body in the back office, a plain one on public pages (see {@link PageHeadRenderer}). */
public class PageBodyRenderer extends BodyRenderer {

    @Override
    public void encodeBegin(FacesContext context, UIComponent component) throws IOException {
        if (BackOfficeView.is(context)) {
            super.encodeBegin(context, component);
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("body", component);
        Object styleClass = component.getAttributes().get("styleClass");
        if (styleClass != null) {
            writer.writeAttribute("class", styleClass, "styleClass");
        }
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (BackOfficeView.is(context)) {
            super.encodeEnd(context, component);
            return;
        }
        for (UIComponent resource : context.getViewRoot().getComponentResources(context, "body")) {
            resource.encodeAll(context);
        }
        context.getResponseWriter().endElement("body");
    }
}
