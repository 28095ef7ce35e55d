package vn.bantin.admin;

import static vn.bantin.admin.FacesText.message;
import static vn.bantin.admin.FacesText.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.bantin.category.Category;
import vn.bantin.category.CategoryRepository;
import vn.bantin.category.CategoryService;
import vn.bantin.platform.InvalidInput;

/** {@code /admin/chuyen-muc.xhtml} (ADMIN only): the portal's sections, their addresses and order. */
@Named
@ViewScoped
public class CategoryAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CategoryRepository categories;

    @Inject
    private CategoryService sections;

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

    public void create() {
        errors.clear();
        try {
            sections.create(newName, newSlug, "new");
        } catch (InvalidInput refused) {
            refuse(refused);
            return;
        } catch (CategoryService.NotAllowedException notAllowed) {
            message(FacesMessage.SEVERITY_ERROR, "editor.notAllowed");
            return;
        }
        newName = null;
        newSlug = null;
        load();
        message(FacesMessage.SEVERITY_INFO, "categories.saved");
    }

    public void save() {
        errors.clear();
        try {
            sections.saveAll(rows.stream().map(r -> new CategoryService.Edit(r.getId(), r.getName(), r.getSlug(),
                    r.getPosition())).toList(), "category-");
        } catch (InvalidInput refused) {
            refuse(refused);
            return;
        } catch (CategoryService.NotAllowedException notAllowed) {
            message(FacesMessage.SEVERITY_ERROR, "editor.notAllowed");
            return;
        }
        load();
        message(FacesMessage.SEVERITY_INFO, "categories.saved");
    }

    private void refuse(InvalidInput refused) {
        errors.putAll(refused.problems());
        message(FacesMessage.SEVERITY_ERROR, "editor.fixErrors");
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
