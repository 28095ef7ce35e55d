package vn.bantin.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Behind a TLS proxy the server itself sees plain HTTP, so it would send the session cookie
 * without {@code Secure}. When the portal's address ({@code bantin.site.url}) is https, the
 * cookie is always marked Secure: it then never travels over plain HTTP.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (PortalSettings.value("bantin.site.url").map(url -> url.strip().toLowerCase().startsWith("https://")).orElse(false)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
