package vn.bantin.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.bantin.platform.FieldProblem;
import vn.bantin.platform.InvalidInput;
import vn.bantin.security.CurrentActor;
import vn.bantin.security.Role;
import vn.bantin.text.VietnameseText;

/**
 * Readers' accessibility feedback: checked, paced and kept in the database (so every node sees it
 * and no mail server is needed), listed for administrators.
 */
@ApplicationScoped
public class FeedbackService {

    /** Messages one sender may send in an hour: enough to add what was forgotten, too few to flood. */
    static final int PER_SENDER_PER_HOUR = 3;
    /** Messages all senders together may send in an hour, against a flood from many addresses. */
    static final int PER_HOUR = 60;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor actor;

    /** Too many messages from this sender, or from everyone, in the last hour. */
    public static class TooMany extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Keeps a reader's message. Problems are keyed "message" and "contact"; a sender over the
     * hourly limit gets TooMany and nothing is kept.
     */
    @Transactional
    public Feedback receive(String message, String contact, String senderAddress) {
        String text = VietnameseText.clean(message);
        String reply = VietnameseText.clean(contact);
        List<FieldProblem> problems = new ArrayList<>();
        if (VietnameseText.hasForbiddenCharacters(text)) {
            problems.add(new FieldProblem("message", "text.forbiddenCharacters"));
        } else if (text == null || text.length() < Feedback.MIN_MESSAGE) {
            problems.add(new FieldProblem("message", "feedback.messageRequired"));
        } else if (text.length() > Feedback.MAX_MESSAGE) {
            problems.add(new FieldProblem("message", "feedback.messageTooLong"));
        }
        if (VietnameseText.hasForbiddenCharacters(reply)) {
            problems.add(new FieldProblem("contact", "text.forbiddenCharacters"));
        } else if (reply != null && reply.length() > Feedback.MAX_CONTACT) {
            problems.add(new FieldProblem("contact", "feedback.contactTooLong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String sender = digest(senderAddress);
        Instant hourAgo = now.minus(Duration.ofHours(1));
        long fromSender = em.createQuery("SELECT COUNT(f) FROM Feedback f WHERE f.senderDigest = :sender"
                + " AND f.receivedAt > :since", Long.class)
                .setParameter("sender", sender).setParameter("since", hourAgo.atOffset(ZoneOffset.UTC)).getSingleResult();
        long fromAll = em.createQuery("SELECT COUNT(f) FROM Feedback f WHERE f.receivedAt > :since", Long.class)
                .setParameter("since", hourAgo.atOffset(ZoneOffset.UTC)).getSingleResult();
        if (fromSender >= PER_SENDER_PER_HOUR || fromAll >= PER_HOUR) {
            throw new TooMany();
        }
        Feedback feedback = new Feedback(now, text, reply == null || reply.isEmpty() ? null : reply, sender);
        em.persist(feedback);
        return feedback;
    }

    /** The latest messages first (ADMIN only). */
    public List<Feedback> latest(int max) {
        if (!actor.has(Role.ADMIN)) {
            throw new SecurityException("feedback is for administrators");
        }
        return em.createQuery("SELECT f FROM Feedback f ORDER BY f.receivedAt DESC", Feedback.class)
                .setMaxResults(max).getResultList();
    }

    private static String digest(String address) {
        return vn.bantin.platform.Sha256.hex(String.valueOf(address));
    }
}
