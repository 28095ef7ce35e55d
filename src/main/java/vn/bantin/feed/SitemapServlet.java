package vn.bantin.feed;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.category.Category;
import vn.bantin.category.CategoryRepository;
import vn.bantin.platform.SiteAddress;
import vn.bantin.site.PublicRoutes;

/**
 * {@code /sitemap.xml}: the home page, every section and every published bulletin, each with
 * its last change, for search engines. One file holds up to 50,000 addresses, far more than a
 * provincial portal publishes.
 */
@WebServlet(PublicRoutes.SITEMAP)
public class SitemapServlet extends HttpServlet {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Inject
    private BulletinRepository bulletins;

    @Inject
    private CategoryRepository categories;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Instant now = Instant.now();
        List<Object[]> addresses = bulletins.visibleAddresses(now);
        Map<Long, OffsetDateTime> sectionChanges = new HashMap<>();
        for (Object[] row : bulletins.lastChangeByCategory(now)) {
            sectionChanges.put(((Number) row[0]).longValue(), (OffsetDateTime) row[1]);
        }
        OffsetDateTime newest = sectionChanges.values().stream().max(OffsetDateTime::compareTo).orElse(null);

        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getWriter());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            url(xml, SiteAddress.absolute(request, PublicRoutes.HOME), newest);
            for (Category category : categories.findAll()) {
                url(xml, SiteAddress.absolute(request, PublicRoutes.section(category.getSlug())), sectionChanges.get(category.getId()));
            }
            for (Object[] row : addresses) {
                url(xml, SiteAddress.absolute(request, PublicRoutes.bulletin((String) row[0])), (OffsetDateTime) row[1]);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("The sitemap could not be written", e);
        }
    }

    private static void url(XMLStreamWriter xml, String location, OffsetDateTime lastChange) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        if (lastChange != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    lastChange.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
