package vn.bantin.testing;

/**
 * What the integration tests may take for granted about a portal started with the test settings:
 * the administrator's password (BANTIN_ADMIN_PASSWORD in the pom), the author account
 * {@link StaffClient#ensureAccount} creates when a test needs it, and a demo bulletin. Constants
 * only, so tests that run inside the server can carry this class in their deployment.
 */
public final class Fixtures {

    public static final String ADMIN_PASSWORD = System.getProperty("it.admin.password", "Quan-tri-thu-nghiem-2026");
    public static final String AUTHOR = "phongvien";
    public static final String AUTHOR_NAME = "Phóng viên Thử";
    public static final String AUTHOR_PASSWORD = "Phong-vien-thu-nghiem-1";
    /** The demo content's conference report: figures with captions, an author, related bulletins. */
    public static final String CONFERENCE = "/tin-tuc/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-muoi-hai";

    private Fixtures() {
    }
}
