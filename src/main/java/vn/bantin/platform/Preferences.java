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

    /**
     * Keeps the preference and sends the reader back to the page they came from (303), at the
     * control they used ({@code fragment}, the id of its form), so keyboard users carry on from there.
     */
    public static void keepAndReturn(HttpServletRequest request, HttpServletResponse response, String name, String value,
            String fragment) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        String back = request.getParameter("tro-ve");
        if (back != null && back.indexOf('#') >= 0) {
            back = back.substring(0, back.indexOf('#'));
        }
        response.setHeader("Location", LocalPath.orHome(back) + "#" + fragment);
    }
}
