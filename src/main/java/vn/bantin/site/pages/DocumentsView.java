package vn.bantin.site.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.bantin.bulletin.OfficialDocument;
import vn.bantin.documents.DocumentRepository;
import vn.bantin.platform.Pages;
import vn.bantin.platform.Paging;
import vn.bantin.text.VietnameseText;

/**
 * {@code /van-ban?co-quan=&nam=&trang=}: the official documents of published bulletins, newest
 * first, narrowed to one issuing body and one year of issue. A plain GET form, so a filtered list
 * has an address to share and the page cache keeps it like any other page.
 */
@Named
@RequestScoped
public class DocumentsView {

    @Inject
    private HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "bantin.page.size", defaultValue = "10")
    private int pageSize;

    @Inject
    private DocumentRepository documents;

    private String issuer;
    private Integer year;
    private Paging paging;
    private List<OfficialDocument> shown = List.of();
    private List<String> issuers = List.of();
    private List<Integer> years = List.of();

    public void load() {
        Instant now = Instant.now();
        issuers = documents.issuers(now);
        years = documents.years(now);
        String askedIssuer = request.getParameter("co-quan");
        if (askedIssuer != null && !askedIssuer.isBlank()) {
            issuer = VietnameseText.clean(askedIssuer);
            if (!issuers.contains(issuer)) {
                Pages.badRequest("documents.badIssuer");
                return;
            }
        }
        String askedYear = request.getParameter("nam");
        if (askedYear != null && !askedYear.isBlank()) {
            if (!askedYear.strip().matches("\\d{4}")) {
                Pages.badRequest("documents.badYear");
                return;
            }
            year = Integer.valueOf(askedYear.strip());
        }
        OptionalInt page = Paging.parsePage(request.getParameter("trang"));
        if (page.isEmpty()) {
            Pages.badRequest("paging.badPage");
            return;
        }
        DocumentRepository.Filter filter = new DocumentRepository.Filter(issuer, year);
        paging = new Paging(page.getAsInt(), pageSize, documents.countVisible(filter, now));
        if (!paging.exists()) {
            Pages.notFound();
            return;
        }
        shown = documents.findVisible(filter, now, paging.offset(), pageSize);
    }

    public boolean isFiltered() {
        return issuer != null || year != null;
    }

    public List<OfficialDocument> getDocuments() {
        return shown;
    }

    public Paging getPaging() {
        return paging;
    }

    public List<String> getIssuers() {
        return issuers;
    }

    public List<Integer> getYears() {
        return years;
    }

    public String getIssuer() {
        return issuer == null ? "" : issuer;
    }

    public String getYear() {
        return year == null ? "" : year.toString();
    }

    /** The filters, for the paging links. */
    public String getQueryString() {
        StringBuilder query = new StringBuilder();
        if (issuer != null) {
            query.append("co-quan=").append(URLEncoder.encode(issuer, StandardCharsets.UTF_8));
        }
        if (year != null) {
            query.append(query.length() > 0 ? "&" : "").append("nam=").append(year);
        }
        return query.toString();
    }
}
