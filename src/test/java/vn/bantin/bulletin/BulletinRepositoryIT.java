package vn.bantin.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.bulletin.BulletinService;
import vn.bantin.bulletin.BulletinStatus;
import vn.bantin.category.Category;
import vn.bantin.category.CategoryRepository;
import vn.bantin.media.ImageStore;
import vn.bantin.media.StoredImage;
import vn.bantin.testing.Portal;

/** Repositories and services inside the server, on the real database. */
@ExtendWith(ArquillianExtension.class)
class BulletinRepositoryIT {

    @Deployment
    static WebArchive deployment() {
        return Portal.war().addClass(BulletinRepositoryIT.class);
    }

    @Inject
    private BulletinRepository bulletins;

    @Inject
    private BulletinService service;

    @Inject
    private CategoryRepository categories;

    @Inject
    private ImageStore images;

    @PersistenceContext
    private EntityManager em;

    @jakarta.annotation.Resource
    private UserTransaction tx;

    private Category newCategory() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        Category category = categories.save(new Category("Kiểm thử " + suffix, "kiem-thu-" + suffix, 99));
        tx.commit();
        return category;
    }

    private Bulletin bulletin(Category category, String title) {
        Bulletin bulletin = new Bulletin(title, service.freeSlugFor(title), category);
        bulletin.setLead("Tóm tắt");
        bulletin.setBody("<p>Nội dung</p>");
        return bulletin;
    }

    @Test
    void only_published_bulletins_whose_time_has_come_are_public() throws Exception {
        Category category = newCategory();
        // Well in the past, so these never become the portal's newest bulletins for other tests.
        Instant now = Instant.now().minus(Duration.ofDays(400));
        Bulletin published = bulletin(category, "Đã đăng");
        published.publish(now.minus(Duration.ofHours(1)));
        Bulletin older = bulletin(category, "Đã đăng trước đó");
        older.publish(now.minus(Duration.ofDays(3)));
        Bulletin draft = bulletin(category, "Bản nháp");
        Bulletin inReview = bulletin(category, "Đang duyệt");
        inReview.submitForReview();
        Bulletin scheduled = bulletin(category, "Hẹn giờ");
        scheduled.publish(now.plus(Duration.ofHours(2)));
        Bulletin archived = bulletin(category, "Lưu trữ");
        archived.publish(now.minus(Duration.ofDays(1)));
        archived.archive();
        for (Bulletin b : List.of(published, older, draft, inReview, scheduled, archived)) {
            service.save(b);
        }

        List<Bulletin> visible = bulletins.findVisible(category, now, 0, 10);
        assertEquals(List.of(published.getSlug(), older.getSlug()), visible.stream().map(Bulletin::getSlug).toList(),
                "published only, newest first");
        assertEquals(2, bulletins.countVisible(category, now));
        assertTrue(bulletins.findVisibleBySlug(published.getSlug(), now).isPresent());
        for (Bulletin hidden : List.of(draft, inReview, scheduled, archived)) {
            assertTrue(bulletins.findVisibleBySlug(hidden.getSlug(), now).isEmpty(), hidden.getTitle());
        }
        assertTrue(bulletins.findVisibleBySlug(scheduled.getSlug(), now.plus(Duration.ofHours(3))).isPresent(),
                "a scheduled bulletin goes public when its time comes");
        assertEquals(1, bulletins.findVisible(category, now, 1, 10).size(), "offset pages");
    }

    @Inject
    private vn.bantin.bulletin.ExpiryArchiver archiver;

    @Test
    void an_expired_bulletin_is_hidden_at_once_and_archived_by_the_minute_job() throws Exception {
        Category category = newCategory();
        Instant longAgo = Instant.now().minus(Duration.ofDays(500));
        Bulletin expiring = bulletin(category, "Thông báo có hạn");
        expiring.publish(longAgo);
        // Expiring a minute from now, looked at just after: the archiver's own minute job, which
        // runs at the real time, cannot archive it first and leave the call below nothing to do.
        Instant expiry = Instant.now().plusSeconds(60);
        expiring.setExpiresAt(expiry);
        service.save(expiring);
        Instant justAfter = expiry.plusSeconds(1);
        assertTrue(bulletins.findVisibleBySlug(expiring.getSlug(), expiry.minusSeconds(1)).isPresent(), "shown until then");
        assertTrue(bulletins.findVisibleBySlug(expiring.getSlug(), justAfter).isEmpty(), "hidden at its expiry");
        assertEquals(0, bulletins.countVisible(category, justAfter));
        tx.begin();
        assertTrue(archiver.archiveExpiredAt(justAfter) >= 1);
        tx.commit();
        assertEquals(BulletinStatus.ARCHIVED, bulletins.findBySlug(expiring.getSlug()).orElseThrow().getStatus());
    }

    @Inject
    private vn.bantin.platform.JobTurns turns;

    @Test
    void a_cluster_wide_job_runs_once_a_minute_whichever_node_claims_it_first() throws Exception {
        String job = "kiem-thu-" + UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        em.createNativeQuery("INSERT INTO job_turn (job, last_run) VALUES (?1, ?2)").setParameter(1, job)
                .setParameter(2, vn.bantin.platform.Timestamped.utc(Instant.EPOCH)).executeUpdate();
        tx.commit();
        Instant minute = Instant.parse("2026-12-01T08:30:00Z");
        assertTrue(turns.claim(job, minute.plusSeconds(5)), "the first node to ask runs it");
        assertFalse(turns.claim(job, minute.plusSeconds(40)), "a second node in the same minute skips it");
        assertFalse(turns.claim(job, minute.minusSeconds(30)), "and a node whose clock lags behind");
        assertTrue(turns.claim(job, minute.plusSeconds(61)), "the next minute is a new turn");
        assertFalse(turns.claim("khong-co-viec-nay", minute), "a job no migration lists never runs");
        assertEquals(1, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM job_turn WHERE job = ?1")
                .setParameter(1, ExpiryArchiver.JOB).getSingleResult()).intValue(), "the archiver's turns are kept");
    }

    @org.jboss.arquillian.test.api.ArquillianResource
    private java.net.URL base;

    @Test
    void control_characters_stored_before_they_were_refused_never_break_the_feeds() throws Exception {
        Category category = newCategory();
        Bulletin stored = bulletin(category, "Tin cũ có ký tự \u0001 lạ \uFFFE trong tiêu đề");
        stored.setLead("Tóm tắt \u0002 cũ");
        stored.setAuthorName("Tác giả \u0003");
        stored.publish(Instant.now().minus(Duration.ofMinutes(5)));
        service.save(stored);
        for (String feed : List.of("/rss", "/atom", "/rss/" + category.getSlug(), "/atom/" + category.getSlug())) {
            var answer = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + base.getPort() + feed))
                            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), feed);
            assertTrue(answer.body().contains("Tin cũ có ký tự  lạ  trong tiêu đề"), feed + " lists it, cleaned");
            javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        tx.begin();
        em.find(Bulletin.class, stored.getId()).archive();
        tx.commit();
    }

    @Test
    void text_is_stored_in_nfc_and_slugs_stay_unique() throws Exception {
        Category category = newCategory();
        String decomposed = Normalizer.normalize("Hội nghị tổng kết công tác dân vận", Normalizer.Form.NFD);
        Bulletin first = bulletin(category, decomposed);
        first.setLead(Normalizer.normalize("Đại biểu thảo luận", Normalizer.Form.NFD));
        first.publish(Instant.now().minus(Duration.ofDays(400)));
        service.save(first);
        Bulletin second = bulletin(category, "Hội nghị tổng kết công tác dân vận");
        service.save(second);

        String storedTitle = column("title", first.getSlug());
        assertEquals("Hội nghị tổng kết công tác dân vận", storedTitle);
        assertTrue(Normalizer.isNormalized(storedTitle, Normalizer.Form.NFC));
        assertTrue(Normalizer.isNormalized(column("lead", first.getSlug()), Normalizer.Form.NFC));
        assertEquals("hoi-nghi-tong-ket-cong-tac-dan-van", first.getSlug());
        assertEquals("hoi-nghi-tong-ket-cong-tac-dan-van-2", second.getSlug());
    }

    @Test
    void body_html_is_sanitised_when_stored() throws Exception {
        Category category = newCategory();
        Bulletin bulletin = bulletin(category, "Kiểm tra an toàn nội dung");
        bulletin.setBody("<p onclick=\"alert(1)\">Đoạn <strong>đậm</strong></p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">x</a><iframe src=\"https://example.org\"></iframe>"
                + "<h2 style=\"color:red\">Mục</h2>");
        service.save(bulletin);
        String body = column("body", bulletin.getSlug());
        assertFalse(body.contains("script") || body.contains("onclick") || body.contains("javascript:")
                || body.contains("iframe") || body.contains("style"), body);
        assertTrue(body.contains("<strong>đậm</strong>") && body.contains("<h2>Mục</h2>"), body);
    }

    /** Straight from the table, past any cache. */
    private String column(String name, String slug) {
        return (String) em.createNativeQuery("SELECT " + name + " FROM bulletin WHERE slug = ?1")
                .setParameter(1, slug).getSingleResult();
    }

    @Test
    void a_list_page_takes_the_same_number_of_sql_statements_whatever_its_size() throws Exception {
        Category category = newCategory();
        Instant now = Instant.now().minus(Duration.ofDays(500));
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAAEElEQVR4nGP4z8AARAwoFABE0AX7pM/egAAAAABJRU5ErkJggg==");
        tx.begin();
        for (int i = 0; i < 30; i++) {
            Bulletin bulletin = bulletin(category, "Đếm câu lệnh " + i);
            bulletin.publish(now.minus(Duration.ofHours(i)));
            bulletin.addFigure(images.store(png), "Ảnh " + i, "Chú thích " + i, null, false);
            em.persist(bulletin);
        }
        tx.commit();

        long few = statementsToShow(category, now, 3);
        long many = statementsToShow(category, now, 30);
        assertTrue(few > 0, "the counter sees the statements");
        assertEquals(few, many, "a page of 30 takes as many statements as a page of 3 (no N+1)");
        assertTrue(many <= 4, "count of bulletins aside, a page is a few statements: " + many);
    }

    /** Statements sent while loading a page of a section's list as the teaser shows it, cache cold. */
    private long statementsToShow(Category category, Instant now, int size) {
        em.getEntityManagerFactory().getCache().evictAll();
        java.util.concurrent.atomic.AtomicLong statements = new java.util.concurrent.atomic.AtomicLong();
        // The listener sees the whole server session; the portal's own jobs (view-count flush, expiry
        // archiver) run on other threads meanwhile, so only this thread's statements are counted.
        Thread reader = Thread.currentThread();
        org.eclipse.persistence.sessions.SessionEventAdapter counter = new org.eclipse.persistence.sessions.SessionEventAdapter() {
            @Override
            public void postExecuteCall(org.eclipse.persistence.sessions.SessionEvent event) {
                if (Thread.currentThread() == reader) {
                    statements.incrementAndGet();
                }
            }
        };
        org.eclipse.persistence.sessions.server.ServerSession session = em.getEntityManagerFactory()
                .unwrap(org.eclipse.persistence.sessions.server.ServerSession.class);
        session.getEventManager().addListener(counter);
        try {
            List<Bulletin> page = bulletins.findVisible(category, now.plusSeconds(1), 0, size);
            assertEquals(size, page.size());
            for (Bulletin bulletin : page) {
                bulletin.getCategory().getName();
                bulletin.getTitle();
                bulletin.getFigures().get(0).getImage().getPath();
            }
        } finally {
            session.getEventManager().removeListener(counter);
        }
        return statements.get();
    }

    @Test
    void images_are_decoded_and_encoded_afresh_before_they_are_stored() throws Exception {
        assertThrows(vn.bantin.media.ImageIntake.RejectedImage.class, () -> images.store("GIF89a not really".getBytes()));
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAAEElEQVR4nGP4z8AARAwoFABE0AX7pM/egAAAAABJRU5ErkJggg==");
        StoredImage image = images.store(png);
        assertEquals(2, image.getWidth());
        assertEquals(3, image.getHeight());
        assertEquals("image/jpeg", image.getMediaType(), "an opaque PNG is stored as JPEG");
        byte[] stored = images.bytes(image.getId()).orElseThrow();
        assertEquals(image.getByteSize(), stored.length);
        assertEquals((byte) 0xFF, stored[0]);
    }
}
