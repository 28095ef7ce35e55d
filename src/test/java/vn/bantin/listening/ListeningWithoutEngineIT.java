package vn.bantin.listening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.bantin.testing.Fixtures;
import vn.bantin.testing.Portal;

/**
 * A server without the speech engine (the configured program is not installed, as on every portal
 * the integration tests start): bulletins are offered as before, with no player, no broken link
 * and no audio in the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListeningWithoutEngineIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    /** The test run's settings name a speech program that is not installed (pom.xml, failsafe). */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    @Test
    void without_an_engine_a_bulletin_has_no_player_and_nothing_broken() throws Exception {
        String slug = "lich-tiem-chung-thang-sau";
        String created = Json.createObjectBuilder().add("title", "Lịch tiêm chủng tháng sau").add("slug", slug)
                .add("lead", "Các trạm y tế xã tiêm chủng vào ngày 15 hằng tháng.").add("body", "<p>Nội dung lịch tiêm.</p>")
                .add("category", "van-hoa-xa-hoi").add("status", "published").build().toString();
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(Portal.resolve(base, "/api/v1/bulletins"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + Fixtures.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(created)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, answer.statusCode(), answer.body());
        // Time enough for a reading to have been made if there were an engine (espeak-ng takes a
        // second or two).
        Thread.sleep(5000);
        Document page = Jsoup.parse(Portal.get(base, "/tin-tuc/" + slug).body());
        assertEquals("Lịch tiêm chủng tháng sau", page.selectFirst("article h1").text(), "the bulletin is there");
        assertNull(page.selectFirst("section.listen"), "no player");
        assertNull(page.selectFirst("audio"));
        assertTrue(page.select("a[href^=/nghe/]").isEmpty(), "no link to a reading");
        try (JsonReader reader = Json.createReader(new StringReader(Portal.get(base, "/api/v1/bulletins/" + slug).body()))) {
            JsonObject bulletin = reader.readObject();
            assertEquals(JsonValue.ValueType.NULL, bulletin.get("audio").getValueType(), "no audio in the API");
        }
        assertEquals(404, Portal.get(base, "/nghe/" + slug + ".ogg").statusCode());
    }
}
