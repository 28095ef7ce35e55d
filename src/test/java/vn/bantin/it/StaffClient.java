package vn.bantin.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A signed-in back-office session over plain HTTP: fills Faces forms the way a browser does
 * (with the view state), for sending many inputs quickly, including ones no browser would send.
 */
final class StaffClient {

    private final URL base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    StaffClient(URL base, String username, String password) {
        this.base = base;
        Document form = page("/admin/");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("dang-nhap", "dang-nhap");
        fields.put("username", username);
        fields.put("password", password);
        fields.put("sign-in", "Đăng nhập");
        fields.put("jakarta.faces.ViewState", viewState(form));
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(Portal.resolve(base, "/admin/dang-nhap.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(fields))).build());
        if (!signedIn.body().contains("id=\"bang\"")) {
            throw new IllegalStateException("Sign-in failed for " + username);
        }
    }

    /** The session cookie, for requests sent without this client. */
    String cookieHeader() {
        StringBuilder header = new StringBuilder();
        cookies.getCookieStore().getCookies().forEach(c -> header.append(header.length() == 0 ? "" : "; ")
                .append(c.getName()).append('=').append(c.getValue()));
        return header.toString();
    }

    Document page(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(Portal.resolve(base, path)).GET().build());
        return Jsoup.parse(response.body(), Portal.resolve(base, path).toString());
    }

    static String viewState(Document page) {
        return page.selectFirst("input[name=jakarta.faces.ViewState]").val();
    }

    /** Posts a (non-multipart) Faces form of {@code path} with these fields and the named button. */
    HttpResponse<String> postForm(String path, String formId, Map<String, String> fields, String button) {
        Document page = page(path);
        Map<String, String> all = new LinkedHashMap<>();
        all.put(formId, formId);
        all.putAll(fields);
        all.put(button, button);
        all.put("jakarta.faces.ViewState", viewState(page));
        return send(HttpRequest.newBuilder(Portal.resolve(base, path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(all))).build());
    }

    /** Posts the editor form of {@code path} with these fields (and the given button), as multipart. */
    HttpResponse<String> postEditor(String path, Map<String, String> fields, String button, byte[] file, String fileName) {
        Document editor = page(path);
        Map<String, String> all = new LinkedHashMap<>();
        all.put("bien-tap", "bien-tap");
        all.putAll(fields);
        all.put(button, button);
        all.put("jakarta.faces.ViewState", viewState(editor));
        return postMultipart(path, all, file, fileName);
    }

    HttpResponse<String> postMultipart(String path, Map<String, String> fields, byte[] file, String fileName) {
        String boundary = "----bantin" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(field.getValue().getBytes(StandardCharsets.UTF_8));
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            if (file != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"new-image\"; filename=\""
                        + fileName + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(file);
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(Portal.resolve(base, path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String urlEncoded(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
