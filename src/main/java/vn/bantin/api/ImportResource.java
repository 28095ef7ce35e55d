package vn.bantin.api;

import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.site.PublicRoutes;

/**
 * Bringing bulletins in from another portal, one request each, as {@code config/import.sh} sends
 * them: the write API's JSON with a {@code slug}, which names the bulletin from one run to the
 * next. Answers what was done: {@code created}, {@code updated} or {@code skipped} (the same
 * content as the last import), or with {@code dryRun=true} what would be done, keeping nothing.
 * Unknown sections are created unless {@code sections=refuse}.
 */
@Path("/v1/imports")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class ImportResource {

    @Inject
    private BulletinWriter writer;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importBulletin(String body, @QueryParam("dryRun") String dryRun, @QueryParam("sections") String sections) {
        ResourceBundle msg = ApiText.bundle(headers);
        boolean dry = flag(dryRun, msg, "dryRun");
        if (sections != null && !sections.equals("create") && !sections.equals("refuse")) {
            throw new Problem.ProblemException(Status.BAD_REQUEST, msg.getString("import.badSections"));
        }
        boolean createSections = !"refuse".equals(sections);
        return WriteAnswers.write(msg, () -> {
            try {
                BulletinWriter.ImportOutcome done = writer.importBulletin(BulletinResource.parse(body, msg), createSections, dry);
                if (done.bulletin().getImportVersion() == null) {
                    writer.confirmImport(done.bulletin().getId());
                }
                Status status = BulletinWriter.ImportOutcome.CREATED.equals(done.outcome()) ? Status.CREATED : Status.OK;
                return Response.status(status).entity(answer(done.outcome(), done.bulletin())).build();
            } catch (BulletinWriter.DryRun checked) {
                return Response.ok(Json.createObjectBuilder().add("outcome", checked.outcome()).add("dryRun", true)
                        .build().toString()).build();
            }
        });
    }

    private static String answer(String outcome, Bulletin bulletin) {
        return Json.createObjectBuilder()
                .add("outcome", outcome)
                .add("id", bulletin.getId())
                .add("slug", bulletin.getSlug())
                .add("status", bulletin.getStatus().name().toLowerCase(java.util.Locale.ROOT))
                .add("url", PublicRoutes.bulletin(bulletin.getSlug()))
                .add("version", bulletin.getVersion())
                .build().toString();
    }

    private static boolean flag(String value, ResourceBundle msg, String name) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true") || value.isEmpty()) {
            return true;
        }
        throw new Problem.ProblemException(Status.BAD_REQUEST, msg.getString("import.badFlag"));
    }
}
