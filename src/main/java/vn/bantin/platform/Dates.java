package vn.bantin.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Dates as readers expect them: dd/MM/yyyy in the portal's time zone. */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    @ConfigProperty(name = "bantin.timezone", defaultValue = "Asia/Ho_Chi_Minh")
    private String timeZone;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(zone()));
    }

    public String dayTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(zone()));
    }

    public String today() {
        return day(Instant.now());
    }

    /** "Chủ Nhật, 29/11/2026", as the banner of Vietnamese portals shows it. */
    public String todayLong() {
        String weekday = DateTimeFormatter.ofPattern("EEEE", VIETNAMESE).format(Instant.now().atZone(zone()));
        return Character.toUpperCase(weekday.charAt(0)) + weekday.substring(1) + ", " + today();
    }

    /** For the datetime attribute of {@code <time>} and for the API. */
    public String iso(Instant instant) {
        return instant == null ? "" : offset(instant).toString();
    }

    public OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atZone(zone()).toOffsetDateTime();
    }
}
