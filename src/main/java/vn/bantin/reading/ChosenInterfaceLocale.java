package vn.bantin.reading;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import vn.bantin.platform.InterfaceLocale;

/** Tells the platform the interface language a reader chose with the language switch. */
public final class ChosenInterfaceLocale implements InterfaceLocale {

    @Override
    public Locale of(HttpServletRequest request) {
        return InterfaceLanguage.of(request).getLocale();
    }
}
