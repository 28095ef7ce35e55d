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

/**
 * Dates as readers expect them, in the portal's time zone: dd/MM/yyyy in Vietnamese; in English,
 * "1 December 2026", which no English reader can take for the 12th of January.
 */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    @ConfigProperty(name = "bantin.timezone", defaultValue = "Asia/Ho_Chi_Minh")
    private String timeZone;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String day(Instant instant) {
        return instant == null ? "" : (isEnglish() ? ENGLISH_DAY : DAY).format(instant.atZone(zone()));
    }

    public String dayTime(Instant instant) {
        return instant == null ? "" : (isEnglish() ? ENGLISH_DAY_TIME : DAY_TIME).format(instant.atZone(zone()));
    }

    public String today() {
        return day(Instant.now());
    }

    private static boolean isEnglish() {
        return "en".equals(interfaceLocale().getLanguage());
    }

    /**
     * Today as the banner shows it, in the interface language: "Chủ Nhật, 29/11/2026" as
     * Vietnamese portals write it, "Sunday, 29 November 2026" in English.
     */
    public String todayLong() {
        Locale locale = interfaceLocale();
        java.time.ZonedDateTime now = Instant.now().atZone(zone());
        if (!"vi".equals(locale.getLanguage())) {
            return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH).format(now);
        }
        String weekday = DateTimeFormatter.ofPattern("EEEE", VIETNAMESE).format(now);
        return Character.toUpperCase(weekday.charAt(0)) + weekday.substring(1) + ", " + today();
    }

    /** The locale of the view being rendered; Vietnamese outside a view. */
    private static Locale interfaceLocale() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null || faces.getViewRoot().getLocale() == null) {
            return VIETNAMESE;
        }
        return faces.getViewRoot().getLocale();
    }

    /** For the datetime attribute of {@code <time>} and for the API. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                offset(instant).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    public OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atZone(zone()).toOffsetDateTime();
    }
}
