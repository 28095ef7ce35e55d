package vn.bantin.feed;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.platform.SiteAddress;

/** {@code /robots.txt}: everything public may be crawled except the back office; where the sitemap is. */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String context = request.getContextPath();
        response.getWriter().write("User-agent: *\n"
                + "Disallow: " + context + "/admin/\n"
                + "Disallow: " + context + "/tim-kiem\n"
                + "\n"
                + "Sitemap: " + SiteAddress.absolute(request, "/sitemap.xml") + "\n");
    }
}
