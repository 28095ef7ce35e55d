package vn.bantin.reading;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a reader is looking at, for forms that change a preference and come back to it.
 * Pages reached through the public routes are forwarded, so their original address is taken.
 */
public final class ReturnPath {

    private ReturnPath() {
    }

    public static String of(HttpServletRequest request) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        if (forwarded != null) {
            path = forwarded.toString();
            Object forwardedQuery = request.getAttribute("jakarta.servlet.forward.query_string");
            query = forwardedQuery == null ? null : forwardedQuery.toString();
        }
        return query == null ? path : path + "?" + query;
    }
}
