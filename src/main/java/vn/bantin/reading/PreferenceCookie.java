package vn.bantin.reading;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.platform.LocalPath;

/**
 * How every reader preference (text size, reading preferences, interface language) is kept: a cookie for a year, never
 * a session, so public pages stay stateless and cacheable per variant. The one place that reads
 * such a cookie and answers the forms that change one.
 */
public enum PreferenceCookie {

    TEXT_SIZE("bantin-co-chu", "co-chu", true),
    READING("bantin-tuy-chon", "tuy-chon", true),
    LANGUAGE("bantin-ngon-ngu", "ngon-ngu", false);

    static final int ONE_YEAR = 365 * 24 * 60 * 60;

    /**
     * Set on a request whose page is rendered once for every reader (the page cache): the
     * presentation preferences read as unset, and {@link PersonalMarkup} applies each reader's
     * as the page is sent. The language is not one of them: it changes the words, so it is part
     * of the cache's key instead.
     */
    public static final String RENDERING_FOR_EVERYONE = "vn.bantin.reading.renderingForEveryone";

    private final String cookieName;
    private final String formId;
    private final boolean presentation;

    PreferenceCookie(String cookieName, String formId, boolean presentation) {
        this.cookieName = cookieName;
        this.formId = formId;
        this.presentation = presentation;
    }

    public String cookieName() {
        return cookieName;
    }

    /** The value the reader's browser sent, or null when they have not chosen. */
    public String read(HttpServletRequest request) {
        return presentation && request.getAttribute(RENDERING_FOR_EVERYONE) != null ? null : sent(request);
    }

    /** The value the browser sent, whatever is being rendered. */
    public String sent(HttpServletRequest request) {
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
