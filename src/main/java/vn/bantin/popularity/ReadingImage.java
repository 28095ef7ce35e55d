package vn.bantin.popularity;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.site.PublicRoutes;

/**
 * {@code GET /luot-doc/{id}}: the one-pixel image each bulletin page loads, which counts one reading.
 * Pages may be served by a cache (the portal's, or nginx's in front of a cluster) without reaching
 * the application; this image never is (no-store), so every reading arrives here, with or without
 * JavaScript. No cookie is read or set and nothing about the reader is kept.
 */
@WebServlet(PublicRoutes.READINGS + "*")
public class ReadingImage extends HttpServlet {

    /** A transparent 1×1 GIF. */
    private static final byte[] PIXEL = {
        'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, (byte) 0x80, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff,
        '!', (byte) 0xf9, 4, 1, 0, 0, 0, 0, ',', 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 'D', 1, 0, ';'
    };

    private static final Pattern ID = Pattern.compile("/[1-9][0-9]{0,17}");

    @Inject
    private ViewCounter counter;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, true);
    }

    /** The same answer without the image, and without counting: a link checker is not a reader. */
    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, false);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, boolean reading) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String path = request.getPathInfo();
        boolean known = path != null && ID.matcher(path).matches();
        long id = known ? Long.parseLong(path.substring(1)) : 0;
        if (!known || !(reading ? counter.record(id) : counter.isReadable(id))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/gif");
        response.setContentLength(PIXEL.length);
        if (reading) {
            response.getOutputStream().write(PIXEL);
        }
    }
}
