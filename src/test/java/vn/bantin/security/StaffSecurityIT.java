package vn.bantin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.bantin.testing.Fixtures;
import vn.bantin.testing.Portal;
import vn.bantin.testing.StaffClient;

/**
 * Attacks by or against staff accounts: sign-ins in parallel against the pause, a disabled
 * account's open session, an author reaching into another author's draft.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffSecurityIT {

    private static final String PASSWORD = "Mat-khau-nhan-vien-2026";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    private String account(StaffClient admin, String prefix, String role) {
        String username = prefix + base.getPort();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("nguoi-dung:new-username", username);
        fields.put("nguoi-dung:new-name", "Nhân viên " + prefix);
        fields.put("nguoi-dung:new-password", PASSWORD);
        fields.put("nguoi-dung:new-roles", role);
        HttpResponse<String> created = admin.postForm("/admin/nguoi-dung.xhtml", "nguoi-dung", fields, "nguoi-dung:create");
        assertTrue(Jsoup.parse(created.body()).select(".form-messages").text().contains("Đã tạo tài khoản."), created.body());
        return username;
    }

    private HttpResponse<String> apiPost(String username, String password) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(Portal.resolve(base, "/api/v1/bulletins")).header("Authorization", auth)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void wrong_passwords_sent_at_once_pause_sign_ins_and_the_right_one_cannot_lift_the_pause() throws Exception {
        StaffClient admin = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        String target = account(admin, "songsong", "EDITOR");
        assertEquals(422, apiPost(target, PASSWORD).statusCode(), "the account works: an empty bulletin is refused as such");

        ExecutorService pool = Executors.newFixedThreadPool(13);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            String password = i == 12 ? PASSWORD : "sai-mat-khau-" + i;
            answers.add(pool.submit(() -> {
                start.await();
                return apiPost(target, password).statusCode();
            }));
        }
        start.countDown();
        int refused = 0;
        for (Future<Integer> answer : answers) {
            refused += answer.get() == 401 ? 1 : 0;
        }
        pool.shutdown();
        assertTrue(refused >= 12, "every wrong password is refused");
        assertEquals(401, apiPost(target, PASSWORD).statusCode(), "sign-ins for the name are paused, the right password too");
        StaffClient attempt = null;
        try {
            attempt = new StaffClient(base, target, PASSWORD);
        } catch (IllegalStateException refusedSignIn) {
            // expected: the form refuses it as well
        }
        assertNull(attempt, "the sign-in form is paused too");
    }

    @Test
    void disabling_an_account_or_changing_its_roles_ends_its_open_sessions_at_once() {
        StaffClient admin = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        String author = account(admin, "tatphien", "AUTHOR");
        String editor = account(admin, "doivaitro", "EDITOR");
        StaffClient authorSession = new StaffClient(base, author, PASSWORD);
        StaffClient editorSession = new StaffClient(base, editor, PASSWORD);
        assertNotNull(authorSession.page("/admin/").getElementById("bang"));

        Document users = admin.page("/admin/nguoi-dung.xhtml");
        Element authorRow = row(users, author);
        Element editorRow = row(users, editor);
        // Each row has its own save button, which saves that account.
        Map<String, String> disable = new HashMap<>();
        disable.put(authorRow.selectFirst("input[type=checkbox][name$=enabled]").attr("name"), null);
        HttpResponse<String> saved = admin.postWholeForm("/admin/nguoi-dung.xhtml", "nguoi-dung", disable,
                authorRow.selectFirst("input[type=submit]").attr("name"));
        assertEquals(200, saved.statusCode());
        assertTrue(row(Jsoup.parse(saved.body()), author).selectFirst("legend").text().contains("đã tắt"),
                "the author is disabled: " + row(Jsoup.parse(saved.body()), author).selectFirst("legend").text());
        // The editor keeps one role, AUTHOR, instead of EDITOR.
        Map<String, String> demote = new HashMap<>();
        demote.put(editorRow.selectFirst("input[type=checkbox][name$=roles]").attr("name"), "AUTHOR");
        HttpResponse<String> demoted = admin.postWholeForm("/admin/nguoi-dung.xhtml", "nguoi-dung", demote,
                row(admin.page("/admin/nguoi-dung.xhtml"), editor).selectFirst("input[type=submit]").attr("name"));
        assertEquals(200, demoted.statusCode());

        Document authorNext = authorSession.page("/admin/");
        assertNull(authorNext.getElementById("bang"), "the disabled author's open session has ended");
        assertNotNull(authorNext.getElementById("dang-nhap"), "and it sees the sign-in form");
        Document editorNext = editorSession.page("/admin/");
        assertNull(editorNext.getElementById("bang"), "a session signed in under the old roles has ended");
        assertNotNull(new StaffClient(base, editor, PASSWORD).page("/admin/").getElementById("bang"),
                "signing in again works, under the new roles");
    }

    private static Element row(Document users, String username) {
        for (Element legend : users.select("fieldset > legend")) {
            if (legend.text().startsWith(username)) {
                return legend.parent();
            }
        }
        throw new AssertionError("no row for " + username);
    }

    @Test
    void an_author_changes_and_submits_only_their_own_drafts() {
        StaffClient admin = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        StaffClient owner = new StaffClient(base, account(admin, "chusohuu", "AUTHOR"), PASSWORD);
        StaffClient other = new StaffClient(base, account(admin, "nguoikhac", "AUTHOR"), PASSWORD);
        String title = "Bản nháp của người khác " + base.getPort();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("slug", "");
        fields.put("category", "1");
        fields.put("lead", "Tóm tắt.");
        fields.put("body", "<p>Nội dung.</p>");
        fields.put("author", "");
        HttpResponse<String> created = owner.postEditor("/admin/ban-tin.xhtml", fields, "save", null, null);
        String editorPath = created.uri().getPath() + "?" + created.uri().getQuery();
        assertTrue(created.uri().getQuery().contains("id="), created.uri().toString());

        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put("title", "Đã bị người khác sửa");
        for (String button : List.of("save", "submit-review")) {
            HttpResponse<String> attempt = other.postEditor(editorPath, changed, button, null, null);
            assertEquals(200, attempt.statusCode());
            assertTrue(Jsoup.parse(attempt.body()).select(".form-messages").text().contains("không có quyền"),
                    button + ": " + Jsoup.parse(attempt.body()).select(".form-messages").text());
        }
        assertEquals(title, owner.page(editorPath).getElementById("title").val(), "the owner's draft is as they left it");
        HttpResponse<String> byEditor = admin.postEditor(editorPath, changed, "save", null, null);
        assertTrue(Jsoup.parse(byEditor.body()).select(".form-messages").text().contains("Đã lưu"),
                "an editor or admin changes anyone's: " + Jsoup.parse(byEditor.body()).select(".form-messages").text());
    }
}
