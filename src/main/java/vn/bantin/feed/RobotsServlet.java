package vn.bantin.feed;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.platform.SiteAddress;
import vn.bantin.site.PublicRoutes;

/** {@code /robots.txt}: everything public may be crawled except the back office; where the sitemap is. */
@WebServlet(PublicRoutes.ROBOTS)
public class RobotsServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        StringBuilder robots = new StringBuilder("User-agent: *\n");
        for (String path : PublicRoutes.notForCrawlers()) {
            robots.append("Disallow: ").append(request.getContextPath()).append(path).append('\n');
        }
        robots.append("\nSitemap: ").append(SiteAddress.absolute(request, PublicRoutes.SITEMAP)).append('\n');
        response.getWriter().write(robots.toString());
    }
}
