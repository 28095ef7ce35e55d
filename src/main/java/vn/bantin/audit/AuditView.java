package vn.bantin.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import vn.bantin.platform.Dates;

/**
 * {@code /admin/nhat-ky.xhtml}: the audit log for administrators, filtered by a plain GET form
 * (who, what, from, to), so a filtered view is a link that can be shared.
 */
@Named
@RequestScoped
public class AuditView {

    static final int MAX_ROWS = 200;

    @Inject
    private AuditLog log;

    @Inject
    private HttpServletRequest request;

    @Inject
    private Dates dates;

    private List<AuditEntry> entries;
    private boolean badDate;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            Instant from = day(request.getParameter("tu"), 0);
            Instant to = day(request.getParameter("den"), 1);
            entries = log.find(request.getParameter("ai"), request.getParameter("viec"), from, to, MAX_ROWS);
        }
        return entries;
    }

    /** A yyyy-MM-dd date field; an unreadable one is ignored and reported. */
    private Instant day(String text, int plusDays) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).plusDays(plusDays).atStartOfDay(dates.zone()).toInstant();
        } catch (DateTimeParseException e) {
            badDate = true;
            return null;
        }
    }

    public boolean isBadDate() {
        getEntries();
        return badDate;
    }

    public String param(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    public List<String> getActions() {
        return List.of("sign-in", "sign-in-failed", "sign-in-refused", "sign-out", "create", "edit", "submit", "withdraw-from-review", "send-back", "publish",
                "publish-refused", "schedule", "archive", "expire", "add-figure", "move-figure", "remove-figure", "restore", "user-create", "user-edit", "password-reset", "category-create", "category-edit", "token-create", "token-revoke", "refused");
    }
}
