package vn.bantin.platform;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which language a request's reader wants the interface in. The platform writes messages for
 * every feature but must not know how readers choose a language; the reading feature says it,
 * registered as a {@link java.util.ServiceLoader} provider (META-INF/services).
 */
public interface InterfaceLocale {

    Locale of(HttpServletRequest request);
}
