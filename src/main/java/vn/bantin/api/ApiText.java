package vn.bantin.api;

import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.ws.rs.core.HttpHeaders;

import vn.bantin.platform.Messages;

/** The language of the API's messages: English for clients that ask for it first, else Vietnamese. */
final class ApiText {

    private ApiText() {
    }

    static ResourceBundle bundle(HttpHeaders headers) {
        for (Locale locale : headers.getAcceptableLanguages()) {
            if ("en".equals(locale.getLanguage())) {
                return Messages.bundle(Locale.ENGLISH);
            }
            if ("vi".equals(locale.getLanguage())) {
                break;
            }
        }
        return Messages.bundle(Messages.VIETNAMESE);
    }
}
