package vn.bantin.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps the body a page writes, so it can be cached and sent compressed; status, headers and
 * errors go to the real response as usual. A page that sets a cookie, redirects or fails is
 * marked as not to be cached.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int status = SC_OK;
    private boolean personal;
    private boolean passedOn;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    boolean isCacheable() {
        return status == SC_OK && !personal && !passedOn;
    }

    /** True when the answer already went to the client (an error page or a redirect). */
    boolean isPassedOn() {
        return passedOn;
    }

    int status() {
        return status;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("pages are written synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(body, charset));
        }
        return writer;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        passedOn = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        status = sc;
        passedOn = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        status = SC_FOUND;
        passedOn = true;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        personal = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        personal |= isPersonal(name, value);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        personal |= isPersonal(name, value);
        super.addHeader(name, value);
    }

    /** A cookie, or an answer that says it must not be kept or shared. */
    private static boolean isPersonal(String name, String value) {
        return "Set-Cookie".equalsIgnoreCase(name) || ("Cache-Control".equalsIgnoreCase(name) && value != null
                && (value.contains("no-store") || value.contains("private")));
    }

    @Override
    public void setContentLength(int len) {
        // the length is set when the body is sent
    }

    @Override
    public void setContentLengthLong(long len) {
        // the length is set when the body is sent
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        body.reset();
    }

    @Override
    public void reset() {
        body.reset();
        super.reset();
    }

    @Override
    public boolean isCommitted() {
        return passedOn || super.isCommitted();
    }
}
