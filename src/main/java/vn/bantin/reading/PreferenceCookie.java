package vn.bantin.reading;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.platform.LocalPath;

/**
 * How every reader preference (text size, interface language) is kept: a cookie for a year, never
 * a session, so public pages stay stateless and cacheable per variant. The one place that reads
 * such a cookie and answers the forms that change one.
 */
public enum PreferenceCookie {

    TEXT_SIZE("bantin-co-chu", "co-chu"),
    LANGUAGE("bantin-ngon-ngu", "ngon-ngu");

    static final int ONE_YEAR = 365 * 24 * 60 * 60;

    private final String cookieName;
    private final String formId;

    PreferenceCookie(String cookieName, String formId) {
        this.cookieName = cookieName;
        this.formId = formId;
    }

    public String cookieName() {
        return cookieName;
    }

    /** The value the reader's browser sent, or null when they have not chosen. */
    public String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookieName.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /**
     * Keeps the preference and sends the reader back to the page they came from (303), at the
     * control they used (the id of its form), so keyboard users carry on from there.
     */
    public void keepAndReturn(HttpServletRequest request, HttpServletResponse response, String value) {
        Cookie cookie = new Cookie(cookieName, value);
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        String back = request.getParameter("tro-ve");
        if (back != null && back.indexOf('#') >= 0) {
            back = back.substring(0, back.indexOf('#'));
        }
        response.setHeader("Location", LocalPath.orHome(back) + "#" + formId);
    }
}
