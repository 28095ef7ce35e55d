package vn.bantin.category;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.bantin.audit.AuditLog;
import vn.bantin.platform.FieldProblem;
import vn.bantin.platform.InvalidInput;
import vn.bantin.security.CurrentActor;
import vn.bantin.security.Role;
import vn.bantin.text.VietnameseText;

/**
 * Changes to the portal's sections, as EditorialService does for bulletins: the rules, the role
 * check (administrators only), one transaction per change and its audit entry. Views only ask.
 */
@ApplicationScoped
public class CategoryService {

    /** A section as an administrator edited it. */
    public record Edit(long id, String name, String slug, int position) {
    }

    /** The caller is not an administrator. */
    public static class NotAllowedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAllowedException() {
            super("Only administrators change sections");
        }
    }

    @Inject
    private CategoryRepository categories;

    @Inject
    private AuditLog audit;

    @Inject
    private CurrentActor actor;

    /** A new section after the others; its address is made from the name when none is given. */
    @Transactional
    public Category create(String name, String slug, String problemKey) {
        requireAdmin();
        String address = slug == null || slug.isBlank() ? VietnameseText.slug(name) : slug.strip();
        String problem = problem(name, address, null);
        if (problem != null) {
            throw new InvalidInput(problemKey, problem);
        }
        Category created = categories.save(new Category(name, address, categories.findAll().size() + 1));
        audit.record(actor.name(), "category-create", address);
        return created;
    }

    /**
     * Names, addresses and order of all sections at once; nothing is changed when any is refused
     * (problems keyed {@code keyPrefix + id}).
     */
    @Transactional
    public void saveAll(List<Edit> edits, String keyPrefix) {
        requireAdmin();
        List<FieldProblem> problems = new ArrayList<>();
        for (Edit edit : edits) {
            String problem = problem(edit.name(), edit.slug(), edit.id());
            if (problem != null) {
                problems.add(new FieldProblem(keyPrefix + edit.id(), problem));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        for (Edit edit : edits) {
            Category category = categories.byId(edit.id());
            category.setName(edit.name());
            category.setSlug(edit.slug());
            category.setPosition(edit.position());
            categories.save(category);
        }
        audit.record(actor.name(), "category-edit", Integer.toString(edits.size()));
    }

    private void requireAdmin() {
        if (!actor.has(Role.ADMIN)) {
            throw new NotAllowedException();
        }
    }

    /** The message key of what is wrong with a section's name and address, or null. */
    private String problem(String name, String slug, Long self) {
        if (name == null || name.isBlank()) {
            return "categories.nameRequired";
        }
        if (VietnameseText.hasForbiddenCharacters(name)) {
            return "text.forbiddenCharacters";
        }
        if (!VietnameseText.isSlug(slug)) {
            return "editor.slugInvalid";
        }
        if (categories.findBySlug(slug).filter(c -> !c.getId().equals(self)).isPresent()) {
            return "categories.slugTaken";
        }
        return null;
    }
}
