package vn.bantin.feedback;

import java.io.IOException;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.platform.InvalidInput;
import vn.bantin.platform.Messages;
import vn.bantin.site.PublicRoutes;

/**
 * The accessibility statement: the page, and its feedback form posted back to the same address
 * (a plain form: no session, no script). A message received is answered with a redirect to the
 * page saying so (so a reload sends nothing twice); a refused one with the page again, what was
 * typed kept and each error beside its field. Cross-site posts never get here (RequestGuard).
 */
@WebServlet(PublicRoutes.STATEMENT)
public class StatementServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String VIEW = "/tuyen-bo-tiep-can.xhtml";
    /** The form's trap for robots: hidden from people, filled in by scripts that fill everything. */
    static final String TRAP = "trang-web";

    @Inject
    private FeedbackService feedback;

    @Inject
    private FeedbackForm form;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (request.getParameter("da-gui") != null) {
            form.markSent();
        }
        request.getRequestDispatcher(VIEW).forward(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setCharacterEncoding("UTF-8");
        String message = request.getParameter("noi-dung");
        String contact = request.getParameter("lien-he");
        String trap = request.getParameter(TRAP);
        if (trap != null && !trap.isEmpty()) {
            // A robot: told it worked, so it learns nothing; nothing is kept.
            sent(request, response);
            return;
        }
        try {
            feedback.receive(message, contact, vn.bantin.platform.ForwardedRequest.clientAddress(request));
            sent(request, response);
        } catch (InvalidInput refused) {
            ResourceBundle text = Messages.bundle(request);
            form.kept(message, contact);
            refused.problems().forEach(p -> form.getErrors().putIfAbsent(p.field(), p.text(text::getString)));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.getRequestDispatcher(VIEW).forward(request, response);
        } catch (FeedbackService.TooMany tooMany) {
            form.kept(message, contact);
            form.markTooMany();
            response.setStatus(429);
            response.setHeader("Retry-After", "3600");
            request.getRequestDispatcher(VIEW).forward(request, response);
        }
    }

    private static void sent(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + PublicRoutes.STATEMENT + "?da-gui#gop-y");
    }
}
