package vn.bantin.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.bantin.media.TestImages;
import vn.bantin.testing.Fixtures;
import vn.bantin.testing.Portal;
import vn.bantin.testing.StaffClient;

/**
 * {@code config/import.sh} on a generated old portal of 300 bulletins with photos, dates across
 * five years and two old addresses each, plus a few broken items: run, interrupted, resumed, run
 * again, changed, dry-run, as an operator moving a real portal in would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportCommandIT {

    private static final int COUNT = 300;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    private static LocalDate day(int i) {
        return LocalDate.of(2019, 1, 3).plusDays(i * 6L);
    }

    /** The old portal's export: YEAR/tin-cu-I.json with anh-I.jpg beside it, and a folder of broken items. */
    private static Path generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < COUNT; i++) {
            LocalDate day = day(i);
            Path folder = Files.createDirectories(dir.resolve(Integer.toString(day.getYear())));
            Files.write(folder.resolve("anh-" + i + ".jpg"), picture(i));
            String category = i % 50 == 7 ? "{\"slug\": \"tin-dia-phuong\", \"name\": \"Tin địa phương\"}"
                    : i % 2 == 0 ? "\"thoi-su\"" : "\"kinh-te\"";
            Files.writeString(folder.resolve("tin-cu-" + i + ".json"), """
                    {
                      "title": "Hội nghị số %1$d của tỉnh năm %2$d",
                      "lead": "Sáng %3$s, Ủy ban nhân dân tỉnh tổ chức hội nghị số %1$d.",
                      "body": "<p>Các đại biểu thảo luận kết quả công tác.</p><p>Hội nghị kết thúc lúc 11 giờ.</p>",
                      "author": "Phóng viên Trần Thị %1$d",
                      "category": %4$s,
                      "status": "published",
                      "publishedAt": "%5$sT08:00:00+07:00",
                      "legacyUrls": ["/Pages/tin-tuc.aspx?ItemID=%6$d", "/tin-tuc/%2$d/%7$02d/hoi-nghi-%1$d.html"],
                      "figures": [{"file": "anh-%1$d.jpg", "alt": "Quang cảnh hội nghị số %1$d",
                                   "caption": "Các đại biểu dự Hội nghị", "credit": "Ảnh: Cổng cũ"}]
                    }
                    """.formatted(i, day.getYear(), day.format(DAY), category, day, 1000 + i, day.getMonthValue()),
                    StandardCharsets.UTF_8);
        }
        Path broken = Files.createDirectories(dir.resolve("loi"));
        Files.writeString(broken.resolve("hong.json"), "{\"title\": \"Tệp hỏng\", ", StandardCharsets.UTF_8);
        Files.write(broken.resolve("anh.jpg"), picture(COUNT));
        Files.writeString(broken.resolve("thieu-alt.json"), """
                {"title": "Ảnh không có mô tả", "category": "thoi-su", "status": "published",
                 "figures": [{"file": "anh.jpg", "caption": "Ảnh"}]}
                """, StandardCharsets.UTF_8);
        Files.writeString(broken.resolve("trung-dia-chi.json"), """
                {"title": "Trùng địa chỉ cũ", "category": "thoi-su", "status": "published",
                 "legacyUrls": ["/pages/TIN-TUC.aspx?itemid=1000"]}
                """, StandardCharsets.UTF_8);
        Files.writeString(broken.resolve("anh-ngoai.json"), """
                {"title": "Ảnh ngoài thư mục", "category": "thoi-su", "status": "published",
                 "figures": [{"file": "../../../../etc/passwd", "alt": "Mật khẩu"}]}
                """, StandardCharsets.UTF_8);
        return dir;
    }

    private static byte[] picture(int i) throws IOException {
        BufferedImage image = TestImages.picture(320, 180, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(i * 37 % 256, i * 91 % 256, i * 53 % 256));
        g.fillRect(0, 0, 120, 60);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString(Integer.toString(i), 10, 40);
        g.dispose();
        return TestImages.encode(image, "jpg");
    }

    private record Run(int exit, String output, Map<String, List<String[]>> byOutcome) {
        int count(String outcome) {
            return byOutcome.getOrDefault(outcome, List.of()).size();
        }
    }

    private ProcessBuilder command(Path report, String token, String... extra) {
        List<String> command = new ArrayList<>(List.of("bash", "config/import.sh", "--portal", base.toString(),
                "--report", report.toString(), "--war", System.getProperty("bantin.war")));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("BANTIN_IMPORT_PASSWORD");
        if (token != null) {
            builder.environment().put("BANTIN_IMPORT_TOKEN", token);
        }
        return builder;
    }

    private Run run(Path report, String token, String... extra) throws Exception {
        return run(command(report, token, extra));
    }

    private Run run(ProcessBuilder command) throws Exception {
        Path report = Path.of(command.command().get(command.command().indexOf("--report") + 1));
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the import did not finish");
        return new Run(process.exitValue(), output, Files.exists(report) ? report(report) : Map.of());
    }

    /** The CSV report's rows (file, slug, outcome, reason) by outcome. */
    private static Map<String, List<String[]>> report(Path report) throws IOException {
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertEquals("file,slug,outcome,reason", lines.get(0));
        return lines.stream().skip(1).map(ImportCommandIT::csvRow)
                .collect(Collectors.groupingBy(row -> row[2], LinkedHashMap::new, Collectors.toList()));
    }

    private static String[] csvRow(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

    private long publicTotal() throws Exception {
        try (JsonReader reader = Json.createReader(new StringReader(Portal.get(base, "/api/v1/bulletins?size=1").body()))) {
            return reader.readObject().getJsonNumber("total").longValue();
        }
    }

    private String token() {
        StaffClient admin = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        HttpResponse<String> created = admin.postForm("/admin/ma-api.xhtml", "ma-api", Map.of("token-name", "Nhập cổng cũ"),
                "create-token");
        return Jsoup.parse(created.body()).selectFirst("#token-value").text();
    }

    @Test
    void a_whole_old_portal_comes_in_with_its_dates_and_addresses_resumably_and_once() throws Exception {
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "import-it-" + base.getPort());
        Path dir = generate(work.resolve("cong-cu"));
        Path report = work.resolve("bao-cao.csv");
        String token = token();
        long before = publicTotal();

        // Interrupted: the operator's connection drops a third of the way in.
        Process first = command(report, token, dir.toString()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while ((!Files.exists(report) || Files.readAllLines(report).size() < 100) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        first.descendants().forEach(ProcessHandle::destroyForcibly);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        int doneBefore = report(report).getOrDefault("created", List.of()).size();
        assertTrue(doneBefore >= 90 && doneBefore < COUNT, "interrupted after " + doneBefore);

        // Resumed: what was done is skipped, the rest goes in; the broken items are reported.
        Run resumed = run(report, token, dir.toString());
        assertEquals(1, resumed.exit(), "some items failed, and the exit status says so:\n" + resumed.output());
        assertEquals(COUNT, resumed.count("created") + resumed.count("skipped"), resumed.output());
        assertTrue(resumed.count("skipped") >= doneBefore, "what the first run did is not done twice");
        assertEquals(4, resumed.count("failed"), resumed.output());
        Map<String, String> reasons = resumed.byOutcome().get("failed").stream()
                .collect(Collectors.toMap(row -> row[0], row -> row[3]));
        assertTrue(reasons.get("loi/hong.json").contains("JSON"), reasons.toString());
        assertTrue(reasons.get("loi/thieu-alt.json").startsWith("422") && reasons.get("loi/thieu-alt.json").contains("figures[0].alt"),
                reasons.toString());
        assertTrue(reasons.get("loi/trung-dia-chi.json").contains("/pages/TIN-TUC.aspx?itemid=1000"), "names the address: " + reasons);
        assertTrue(reasons.get("loi/anh-ngoai.json").contains("figures[0].file"), reasons.toString());
        assertTrue(resumed.output().contains("[##############################] 304/304"), resumed.output());
        assertEquals(before + COUNT, publicTotal(), "every bulletin is public, none twice");

        // Original dates on the pages, a new section made, and every old address leads to its bulletin.
        for (int i : new int[] {0, 7, 151, COUNT - 1}) {
            var page = Jsoup.parse(Portal.get(base, "/tin-tuc/tin-cu-" + i).body());
            assertTrue(page.selectFirst(".bulletin-date").text().contains(day(i).format(DAY)), i + ": " + page.selectFirst(".bulletin-date"));
            assertEquals("Phóng viên Trần Thị " + i, page.selectFirst(".bulletin-author").ownText().strip(), "the author as written");
            assertEquals("Các đại biểu dự Hội nghị", page.selectFirst("article figure figcaption").ownText().strip());
        }
        assertEquals(200, Portal.get(base, "/chuyen-muc/tin-dia-phuong").statusCode());
        for (int i = 0; i < COUNT; i++) {
            LocalDate day = day(i);
            String target = base.toString().replaceAll("/$", "") + "/tin-tuc/tin-cu-" + i;
            for (String old : List.of("/Pages/tin-tuc.aspx?ItemID=" + (1000 + i),
                    "/tin-tuc/" + day.getYear() + "/" + String.format("%02d", day.getMonthValue()) + "/hoi-nghi-" + i + ".html")) {
                HttpResponse<Void> moved = HTTP.send(HttpRequest.newBuilder(Portal.resolve(base, old)).build(),
                        HttpResponse.BodyHandlers.discarding());
                assertEquals(301, moved.statusCode(), old);
                assertEquals(target, moved.headers().firstValue("Location").orElse(""), old);
            }
        }

        // Run again: nothing changes.
        Run again = run(report, token, dir.toString());
        assertEquals(COUNT, again.count("skipped"), again.output());
        assertEquals(0, again.count("created") + again.count("updated"));
        assertEquals(before + COUNT, publicTotal());

        // One bulletin corrected at the source: that one is updated, keeping its date.
        Path changed = dir.resolve(day(42).getYear() + "/tin-cu-42.json");
        Files.writeString(changed, Files.readString(changed).replace("Hội nghị số 42", "Hội nghị (đã sửa) số 42"));
        Run corrected = run(report, token, dir.toString());
        assertEquals(1, corrected.count("updated"), corrected.output());
        assertEquals(COUNT - 1, corrected.count("skipped"));
        var page = Jsoup.parse(Portal.get(base, "/tin-tuc/tin-cu-42").body());
        assertTrue(page.selectFirst("h1").text().startsWith("Hội nghị (đã sửa) số 42"));
        assertTrue(page.selectFirst(".bulletin-date").text().contains(day(42).format(DAY)));

        // A dry run checks a new export and writes nothing.
        Path next = Files.createDirectories(work.resolve("dot-hai"));
        Files.writeString(next.resolve("tin-moi-dot-hai.json"), """
                {"title": "Tin mới của đợt hai", "category": "thoi-su", "status": "published",
                 "lead": "Tóm tắt tin mới.", "body": "<p>Nội dung tin mới.</p>",
                 "publishedAt": "2024-02-01T08:00:00+07:00"}
                """, StandardCharsets.UTF_8);
        Files.writeString(next.resolve("tin-chua-co-tom-tat.json"), """
                {"title": "Tin chưa có tóm tắt", "category": "thoi-su", "status": "published"}
                """, StandardCharsets.UTF_8);
        Run dry = run(work.resolve("thu.csv"), token, "--dry-run", next.toString());
        assertEquals(1, dry.exit(), dry.output());
        assertEquals(1, dry.count("valid"), dry.output());
        assertEquals("would be created", dry.byOutcome().get("valid").get(0)[3]);
        assertTrue(dry.byOutcome().get("failed").get(0)[3].contains("lead"), "the publish gate speaks in a dry run too");
        assertEquals(404, Portal.get(base, "/tin-tuc/tin-moi-dot-hai").statusCode(), "a dry run writes nothing");
    }

    @Test
    void credentials_come_from_the_environment_never_the_command_line() throws Exception {
        Path report = Path.of(System.getProperty("java.io.tmpdir"), "import-cred-" + base.getPort() + ".csv");
        Path empty = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "import-empty-" + base.getPort()));
        Run onCommandLine = run(report, null, "--user", "admin", "--password", Fixtures.ADMIN_PASSWORD, empty.toString());
        assertEquals(2, onCommandLine.exit());
        assertTrue(onCommandLine.output().contains("BANTIN_IMPORT_PASSWORD"), onCommandLine.output());
        Run none = run(report, null, empty.toString());
        assertEquals(2, none.exit());
        assertTrue(none.output().contains("BANTIN_IMPORT_TOKEN"), none.output());

        Files.writeString(empty.resolve("mot-tin.json"), "{\"title\": \"Một tin\", \"category\": \"thoi-su\"}");
        Run wrong = run(report, "bt_khong-phai-ma-that", empty.toString());
        assertEquals(1, wrong.exit());
        assertTrue(wrong.output().contains("refused the credentials"), wrong.output());
        assertFalse(wrong.output().contains("Exception"), wrong.output());

        // An account's name on the command line, its password in the environment.
        Files.writeString(empty.resolve("mot-tin.json"), """
                {"title": "Một tin nhập bằng tài khoản", "category": {"slug": "muc-chua-co", "name": "Mục chưa có"},
                 "status": "published", "lead": "Tóm tắt.", "body": "<p>Nội dung.</p>"}
                """, StandardCharsets.UTF_8);
        ProcessBuilder withAccount = command(report, null, "--user", "admin", "--sections", "refuse", empty.toString());
        withAccount.environment().put("BANTIN_IMPORT_PASSWORD", Fixtures.ADMIN_PASSWORD);
        Run refused = run(withAccount);
        assertEquals(1, refused.count("failed"), "an unknown section refused by choice: " + refused.output());
        assertTrue(refused.byOutcome().get("failed").get(0)[3].contains("category"), refused.output());
        withAccount = command(report, null, "--user", "admin", empty.toString());
        withAccount.environment().put("BANTIN_IMPORT_PASSWORD", Fixtures.ADMIN_PASSWORD);
        Run created = run(withAccount);
        assertEquals(0, created.exit(), created.output());
        assertEquals(1, created.count("created"), created.output());
        assertEquals("Mục chưa có", Jsoup.parse(Portal.get(base, "/chuyen-muc/muc-chua-co").body()).selectFirst("h1").text(),
                "and by default it is made, with the name given");
    }
}
