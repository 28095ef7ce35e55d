package vn.bantin.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;

import vn.bantin.platform.Messages;

/**
 * Refuses API bodies over 64 MB with 413 before anything reads them (a bulletin with 30 large
 * photos in base64 stays well under it). A body sent without a length (chunked) is cut off as it
 * is read, once it passes the limit ({@link TooLarge}, answered 413 by {@link ProblemMapper}).
 */
@WebFilter("/api/*")
public class ApiBodyLimit extends HttpFilter {

    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Thrown while reading a body that has gone past the limit. */
    public static final class TooLarge extends IOException {
        TooLarge() {
            super("The request body is larger than " + MAX_BYTES + " bytes");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if (length > MAX_BYTES) {
            response.setHeader("Connection", "close");
            Problem.write(response, Status.REQUEST_ENTITY_TOO_LARGE, Messages.bundle(request).getString("api.tooLarge"));
            return;
        }
        chain.doFilter(length < 0 ? new Limited(request) : request, response);
    }

    /** A request whose body stops with {@link TooLarge} past {@link #MAX_BYTES}. */
    private static final class Limited extends HttpServletRequestWrapper {
        private ServletInputStream limited;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream body = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = body.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = body.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws TooLarge {
                        read += n;
                        if (read > MAX_BYTES) {
                            throw new TooLarge();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return body.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return body.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        body.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
    }
}
