package vn.bantin.platform;

import java.io.IOException;
import java.util.ResourceBundle;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A small page of its own, for answers given before (or instead of) the Faces error page: a
 * forged host (the error page would write it into its links), an oversized upload (Faces would
 * read the body being refused), the database away (the error page needs nothing, but this needs
 * even less). A heading and a sentence in the reader's language; never cached.
 */
public final class PlainPage {

    private PlainPage() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
            String detailKey) throws IOException {
        ResourceBundle msg = Messages.bundle(request);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/html;charset=UTF-8");
        String title = msg.getString(titleKey);
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + Messages.locale(request).toLanguageTag()
                + "\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " – BanTin</title></head><body><main>"
                + "<h1>" + title + "</h1><p>" + msg.getString(detailKey) + "</p></main></body></html>");
    }
}
