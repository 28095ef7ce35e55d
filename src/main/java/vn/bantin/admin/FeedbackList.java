package vn.bantin.admin;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.bantin.feedback.Feedback;
import vn.bantin.feedback.FeedbackService;

/** The back office's list of readers' accessibility feedback (ADMIN; web.xml and the service check). */
@Named
@RequestScoped
public class FeedbackList {

    /** The newest messages shown; older ones stay in the database. */
    static final int SHOWN = 500;

    @Inject
    private FeedbackService feedback;

    private List<Feedback> latest;

    public List<Feedback> getLatest() {
        if (latest == null) {
            latest = feedback.latest(SHOWN);
        }
        return latest;
    }
}
