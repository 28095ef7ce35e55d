package vn.bantin.listening;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.platform.Messages;
import vn.bantin.site.PublicRoutes;

/**
 * {@code /nghe/{slug}.{ext}}: the audio reading of a public bulletin, with byte ranges (players
 * seek with them) and an entity tag. Kept by browsers for an hour, as pictures are; a new reading
 * has a new address ({@code ?v=}).
 */
@WebServlet(PublicRoutes.LISTENING + "*")
public class ListeningServlet extends HttpServlet {

    private static final Pattern ADDRESS = Pattern.compile("/([a-z0-9-]{1,120})\\.([a-z0-9]{1,5})");
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    @Inject
    private BulletinRepository bulletins;

    @Inject
    private AudioStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher address = ADDRESS.matcher(String.valueOf(request.getPathInfo()));
        Optional<Bulletin> bulletin = address.matches()
                ? bulletins.findVisibleBySlug(address.group(1), Instant.now()) : Optional.empty();
        Optional<AudioStore.Reading> reading = bulletin.flatMap(b -> store.find(b.getId()))
                .filter(r -> r.extension().equals(address.group(2)));
        if (reading.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, Messages.bundle(request).getString("listening.notFound"));
            return;
        }
        String etag = "\"" + reading.get().digest() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("Accept-Ranges", "bytes");
        // Asked whether a copy is current: answered before the file is read from the database.
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<byte[]> audio = store.bytes(reading.get().bulletinId());
        if (audio.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, Messages.bundle(request).getString("listening.notFound"));
            return;
        }
        byte[] bytes = audio.get();
        response.setContentType(reading.get().mediaType());
        int from = 0;
        int to = bytes.length - 1;
        String range = request.getHeader("Range");
        String ifRange = request.getHeader("If-Range");
        if (range != null && (ifRange == null || ifRange.equals(etag))) {
            Matcher asked = RANGE.matcher(range.strip());
            long start;
            long end;
            if (!asked.matches() || (asked.group(1).isEmpty() && asked.group(2).isEmpty())) {
                start = -1;
                end = -1;
            } else if (asked.group(1).isEmpty()) {
                // The last N bytes.
                start = Math.max(0, bytes.length - Long.parseLong(asked.group(2)));
                end = bytes.length - 1L;
            } else {
                start = Long.parseLong(asked.group(1));
                end = asked.group(2).isEmpty() ? bytes.length - 1L : Math.min(Long.parseLong(asked.group(2)), bytes.length - 1L);
            }
            if (start < 0 || start > end || start >= bytes.length) {
                response.setHeader("Content-Range", "bytes */" + bytes.length);
                response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE,
                        Messages.bundle(request).getString("listening.badRange"));
                return;
            }
            from = (int) start;
            to = (int) end;
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + from + "-" + to + "/" + bytes.length);
        }
        response.setContentLength(to - from + 1);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes, from, to - from + 1);
        }
    }
}
