package vn.bantin.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Interface texts and page messages for the back-office beans, from the "msg" bundle. */
final class FacesText {

    private FacesText() {
    }

    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    /** The text for {@code key}, or for {@code fallback} when the bundle has no such key. */
    static String textOr(String key, String fallback) {
        FacesContext faces = FacesContext.getCurrentInstance();
        var msg = faces.getApplication().getResourceBundle(faces, "msg");
        return msg.getString(msg.containsKey(key) ? key : fallback);
    }

    /** A message for the whole page (shown in its alert region), by bundle key. */
    static void message(FacesMessage.Severity severity, String key) {
        say(severity, text(key));
    }

    /** A message for the whole page whose text is already made (a key's text with values in it). */
    static void say(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
