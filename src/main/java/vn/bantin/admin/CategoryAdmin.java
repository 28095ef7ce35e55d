package vn.bantin.admin;

import static vn.bantin.admin.FacesText.message;
import static vn.bantin.admin.FacesText.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

import vn.bantin.audit.AuditLog;
import vn.bantin.category.Category;
import vn.bantin.category.CategoryRepository;
import vn.bantin.text.VietnameseText;

/** {@code /admin/chuyen-muc.xhtml} (ADMIN only): the portal's sections, their addresses and order. */
@Named
@ViewScoped
public class CategoryAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CategoryRepository categories;

    @Inject
    private transient AuditLog audit;

    @Inject
    private transient SecurityContext security;

    private List<Row> rows;
    private String newName;
    private String newSlug;
    private final FormErrors errors = new FormErrors();

    /** A section as the form edits it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private String name;
        private String slug;
        private int position;

        Row(Category category) {
            this.id = category.getId();
            this.name = category.getName();
            this.slug = category.getSlug();
            this.position = category.getPosition();
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getSlug() {
            return slug;
        }

        public void setSlug(String slug) {
            this.slug = slug;
        }

        public int getPosition() {
            return position;
        }

        public void setPosition(int position) {
            this.position = position;
        }
    }

    @PostConstruct
    void load() {
        rows = categories.findAll().stream().map(Row::new).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    @Transactional
    public void create() {
        errors.clear();
        String slug = newSlug == null || newSlug.isBlank() ? VietnameseText.slug(newName) : newSlug.strip();
        String problem = check("new", newName, slug, null);
        if (problem != null) {
            return;
        }
        categories.save(new Category(newName, slug, rows.size() + 1));
        audit.record(caller(), "category-create", slug);
        newName = null;
        newSlug = null;
        load();
        message(FacesMessage.SEVERITY_INFO, "categories.saved");
    }

    @Transactional
    public void save() {
        errors.clear();
        for (Row row : rows) {
            check("category-" + row.getId(), row.getName(), row.getSlug(), row.getId());
        }
        if (!errors.isEmpty()) {
            return;
        }
        for (Row row : rows) {
            Category category = categories.findBySlug(row.getSlug()).filter(c -> c.getId() == row.getId())
                    .orElseGet(() -> categories.byId(row.getId()));
            category.setName(row.getName());
            category.setSlug(row.getSlug());
            category.setPosition(row.getPosition());
            categories.save(category);
        }
        audit.record(caller(), "category-edit", Integer.toString(rows.size()));
        load();
        message(FacesMessage.SEVERITY_INFO, "categories.saved");
    }

    private String check(String key, String name, String slug, Long self) {
        String problem = null;
        if (name == null || name.isBlank()) {
            problem = "categories.nameRequired";
        } else if (VietnameseText.hasForbiddenCharacters(name)) {
            problem = "text.forbiddenCharacters";
        } else if (!VietnameseText.isSlug(slug)) {
            problem = "editor.slugInvalid";
        } else if (categories.findBySlug(slug).filter(c -> !c.getId().equals(self)).isPresent()) {
            problem = "categories.slugTaken";
        }
        if (problem != null) {
            errors.put(key, text(problem));
            message(FacesMessage.SEVERITY_ERROR, "editor.fixErrors");
        }
        return problem;
    }

    private String caller() {
        return security.getCallerPrincipal() == null ? "-" : security.getCallerPrincipal().getName();
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The errors as the summary lists them, each leading to the name field it is about. */
    public List<ErrorLink> getErrorLinks() {
        List<Long> ids = rows == null ? List.of() : rows.stream().map(Row::getId).toList();
        return errors.links(key -> "new".equals(key) ? "chuyen-muc:new-name"
                : FormErrors.rowFieldId(key, "category-", ids, "chuyen-muc:muc", "name"));
    }

    public String error(String key) {
        return errors.get(key);
    }

    public boolean hasError(String key) {
        return errors.containsKey(key);
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewSlug() {
        return newSlug;
    }

    public void setNewSlug(String newSlug) {
        this.newSlug = newSlug;
    }
}
