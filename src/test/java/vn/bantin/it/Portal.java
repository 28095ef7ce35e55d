package vn.bantin.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The portal under test: the real WAR that `mvn package` built, and plain HTTP against it. */
public final class Portal {

    // HTTP/1.1 as browsers speak it to a plain-HTTP server (no h2c upgrade).
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Portal() {
    }

    public static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("bantin.war", "target/bantin.war")));
    }

    public static HttpResponse<String> get(URL base, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(base, path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    public static HttpResponse<String> postForm(URL base, String path, String form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(base, path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    public static HttpResponse<byte[]> getBytes(URL base, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(resolve(base, path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static URI resolve(URL base, String path) {
        String root = base.toString().replaceAll("/+$", "");
        return URI.create(root + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
