package vn.bantin.admin;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.bulletin.EditorialService;
import vn.bantin.bulletin.Revision;
import vn.bantin.bulletin.RevisionDiff;
import vn.bantin.platform.InvalidInput;
import vn.bantin.platform.Pages;

/**
 * {@code /admin/lich-su.xhtml?id=N}: every saved revision of a bulletin, the changes between two
 * of them, and restoring one (which is itself a new save).
 */
@Named
@ViewScoped
public class RevisionHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EditorialService editorial;

    @Inject
    private BulletinRepository bulletins;

    private Long id;
    private String title;
    private long version;
    private List<Revision> revisions;
    private Integer from;
    private Integer to;

    public void load() {
        Bulletin bulletin = id == null ? null
                : bulletins.findCurrent(id).orElse(null);
        if (bulletin == null) {
            Pages.notFound();
            return;
        }
        title = bulletin.getTitle();
        version = bulletin.getVersion();
        revisions = editorial.revisions(id);
        if (revisions.size() >= 2 && from == null && to == null) {
            to = revisions.get(0).getNumber();
            from = revisions.get(1).getNumber();
        }
    }

    public List<RevisionDiff.Field> getChanges() {
        Optional<Revision> older = revision(from);
        Optional<Revision> newer = revision(to);
        if (older.isEmpty() || newer.isEmpty()) {
            return List.of();
        }
        return RevisionDiff.between(older.get(), newer.get());
    }

    private Optional<Revision> revision(Integer number) {
        return number == null || revisions == null ? Optional.empty()
                : revisions.stream().filter(r -> r.getNumber() == number).findFirst();
    }

    public void compare() {
        // the form has set from and to; the page shows the changes between them
    }

    public void restore(int number) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            editorial.restore(id, version, number);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            FacesText.say(FacesMessage.SEVERITY_INFO, FacesText.text("history.restored").replace("{0}", Integer.toString(number)));
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/admin/ban-tin.xhtml?id=" + id);
        } catch (EditorialService.ConflictException conflict) {
            FacesText.message(FacesMessage.SEVERITY_ERROR, "history.conflict");
            load();
        } catch (InvalidInput refused) {
            // The revision's address has since gone to another bulletin: say so, restore nothing.
            FacesText.message(FacesMessage.SEVERITY_ERROR, refused.problems().get(0).messageKey());
            load();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public List<Revision> getRevisions() {
        return revisions;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }
}
