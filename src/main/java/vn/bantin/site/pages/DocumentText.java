package vn.bantin.site.pages;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import vn.bantin.bulletin.OfficialDocument;
import vn.bantin.platform.Messages;

/**
 * How an official document is named on a page, in the reader's language: a link text that says
 * what it is, its format and size ("Quyết định số 123/QĐ-UBND (PDF, 240 KB)"), as WCAG 2.4.4 asks
 * of a link out of context, and its issue date as dd/MM/yyyy.
 */
@Named
@RequestScoped
public class DocumentText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private HttpServletRequest request;

    private ResourceBundle messages;

    public String link(OfficialDocument document) {
        ResourceBundle msg = messages();
        String kind = msg.getString("document.kind." + document.getKind());
        String file = document.getFormat().name() + ", " + size(document.getByteSize(), Messages.locale(request));
        return document.getNumber() == null
                ? MessageFormat.format(msg.getString("document.linkUnnumbered"), kind, file)
                : MessageFormat.format(msg.getString("document.link"), kind, document.getNumber(), file);
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "240 KB", "1,2 MB" (the decimal sign of the reader's language). */
    static String size(long bytes, Locale locale) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        return number.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    private ResourceBundle messages() {
        if (messages == null) {
            messages = Messages.bundle(request);
        }
        return messages;
    }
}
