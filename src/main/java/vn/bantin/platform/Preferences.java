package vn.bantin.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Readers' display preferences (text size, language) are cookies kept for a year, never
 * sessions, so public pages stay stateless and cacheable per variant.
 */
public final class Preferences {

    static final int ONE_YEAR = 365 * 24 * 60 * 60;

    private Preferences() {
    }

    /** Keeps the preference and sends the reader back to the page they came from (303). */
    public static void keepAndReturn(HttpServletRequest request, HttpServletResponse response, String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", LocalPath.orHome(request.getParameter("tro-ve")));
    }
}
