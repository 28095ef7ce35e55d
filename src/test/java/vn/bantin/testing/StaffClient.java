package vn.bantin.testing;

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
public final class StaffClient {

    private final URL base;
    private final CookieManager cookies;
    private final HttpClient http;

    public StaffClient(URL base, String username, String password) {
        this(base, new CookieManager());
        HttpResponse<String> signedIn = submitSignIn(username, password);
        if (!signedIn.body().contains("id=\"bang\"")) {
            throw new IllegalStateException("Sign-in failed for " + username + ": " + signedIn.statusCode() + " "
                    + Jsoup.parse(signedIn.body()).select("main").text());
        }
    }

    private StaffClient(URL base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        // HTTP/1.1 as browsers speak it to a plain-HTTP server (no h2c upgrade), as Portal does.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * The same session sent to another address: another node of a cluster on the same host, whose
     * pages get the session cookie as a browser would send it there.
     */
    public StaffClient at(URL otherBase) {
        return new StaffClient(otherBase, cookies);
    }

    /** One sign-in attempt through the form, in a new session: the messages the page shows after it. */
    public static String signInMessages(URL base, String username, String password) {
        HttpResponse<String> answer = new StaffClient(base, new CookieManager()).submitSignIn(username, password);
        return Jsoup.parse(answer.body()).select(".form-messages li").text();
    }

    private HttpResponse<String> submitSignIn(String username, String password) {
        Document form = page("/admin/");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("dang-nhap", "dang-nhap");
        fields.put("username", username);
        fields.put("password", password);
        fields.put("sign-in", "Đăng nhập");
        fields.put(NONCE, nonce(form));
        fields.put("jakarta.faces.ViewState", viewState(form));
        return send(HttpRequest.newBuilder(Portal.resolve(base, "/admin/dang-nhap.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(fields))).build());
    }

    /**
     * Makes sure an account exists, created through the administrator's users page when it does
     * not: a test that needs a given account says so, instead of relying on another test's run.
     */
    public static void ensureAccount(URL base, String username, String displayName, String password, String role) {
        StaffClient admin = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        Document users = admin.page("/admin/nguoi-dung.xhtml");
        boolean exists = users.select("fieldset legend").stream()
                .anyMatch(legend -> legend.ownText().strip().split("\\s+")[0].equalsIgnoreCase(username));
        if (exists) {
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("nguoi-dung:new-username", username);
        fields.put("nguoi-dung:new-name", displayName);
        fields.put("nguoi-dung:new-password", password);
        fields.put("nguoi-dung:new-roles", role);
        HttpResponse<String> created = admin.postForm("/admin/nguoi-dung.xhtml", "nguoi-dung", fields, "nguoi-dung:create");
        String said = Jsoup.parse(created.body()).select(".form-messages").text();
        if (!said.contains("Đã tạo tài khoản.") && !said.contains("đã có")) {
            throw new IllegalStateException("Could not create " + username + ": " + said);
        }
    }

    /** The author account that back-office and API tests sign in with. */
    public static void ensureAuthor(URL base) {
        ensureAccount(base, Fixtures.AUTHOR, Fixtures.AUTHOR_NAME, Fixtures.AUTHOR_PASSWORD, "AUTHOR");
    }

    /** The session cookie, for requests sent without this client. */
    public String cookieHeader() {
        StringBuilder header = new StringBuilder();
        cookies.getCookieStore().getCookies().forEach(c -> header.append(header.length() == 0 ? "" : "; ")
                .append(c.getName()).append('=').append(c.getValue()));
        return header.toString();
    }

    public Document page(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(Portal.resolve(base, path)).GET().build());
        return Jsoup.parse(response.body(), Portal.resolve(base, path).toString());
    }

    public static String viewState(Document page) {
        org.jsoup.nodes.Element state = page.selectFirst("input[name=jakarta.faces.ViewState]");
        if (state == null) {
            throw new IllegalStateException("No form on " + page.location() + ": " + page.select("title, main").text());
        }
        return state.val();
    }

    /**
     * Posts a (non-multipart) Faces form of {@code path} with these fields and the named button;
     * {@code headers} (name, value, ...) are added as a browser would add Origin or Referer.
     */
    public HttpResponse<String> postForm(String path, String formId, Map<String, String> fields, String button, String... headers) {
        Document page = page(path);
        Map<String, String> withNonce = new LinkedHashMap<>(fields);
        withNonce.putIfAbsent(NONCE, nonce(page));
        return postFormWithState(path, formId, withNonce, button, viewState(page), headers);
    }

    /** The field in which a back-office form sends its page's script nonce (checked by PrimeFaces). */
    public static final String NONCE = "primefaces.nonce";

    public static String nonce(Document page) {
        var field = page.selectFirst("input[name=primefaces.nonce]");
        return field == null ? "" : field.val();
    }

    /** The same with a view state of the caller's choosing (one taken from another session, say). */
    public HttpResponse<String> postFormWithState(String path, String formId, Map<String, String> fields, String button,
            String viewState, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Portal.resolve(base, path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(formFields(formId, fields, button, viewState))));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /**
     * Posts the whole form {@code formId} of {@code path} as a browser would: every field with the
     * value the page shows (checked boxes only), these values changed ({@code null} unchecks or
     * clears), and the named button.
     */
    public HttpResponse<String> postWholeForm(String path, String formId, Map<String, String> changes, String button) {
        Document page = page(path);
        org.jsoup.nodes.Element form = page.getElementById(formId);
        java.util.List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
        for (org.jsoup.nodes.Element input : form.select("input, select, textarea")) {
            String name = input.attr("name");
            String type = input.attr("type");
            if (name.isEmpty() || type.equals("submit") || type.equals("file") || changes.containsKey(name)) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.tagName().equals("select")
                    ? input.select("option[selected]").stream().findFirst().map(o -> o.val()).orElse("")
                    : input.tagName().equals("textarea") ? input.text()
                    // a checked box without a value is sent as "on", as browsers do
                    : type.equals("checkbox") && !input.hasAttr("value") ? "on" : input.val();
            fields.add(Map.entry(name, value));
        }
        changes.forEach((name, value) -> {
            if (value != null) {
                fields.add(Map.entry(name, value));
            }
        });
        fields.add(Map.entry(button, button));
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : fields) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(Portal.resolve(base, path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** The fields a browser sends for a Faces form: its id, the fields, the button and the view state. */
    public static Map<String, String> formFields(String formId, Map<String, String> fields, String button, String viewState) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(formId, formId);
        all.putAll(fields);
        all.put(button, button);
        all.put("jakarta.faces.ViewState", viewState);
        return all;
    }

    /** Posts the editor form of {@code path} with these fields (and the given button), as multipart. */
    public HttpResponse<String> postEditor(String path, Map<String, String> fields, String button, byte[] file, String fileName) {
        Document editor = page(path);
        Map<String, String> all = new LinkedHashMap<>();
        all.put("bien-tap", "bien-tap");
        all.put(NONCE, nonce(editor));
        all.putAll(fields);
        all.put(button, button);
        all.put("jakarta.faces.ViewState", viewState(editor));
        return postMultipart(path, all, file, fileName);
    }

    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, byte[] file, String fileName) {
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

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String urlEncoded(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
