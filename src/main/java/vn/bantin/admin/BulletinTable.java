package vn.bantin.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinSearch;
import vn.bantin.bulletin.BulletinStatus;
import vn.bantin.bulletin.BulletinTableQuery;
import vn.bantin.category.Category;
import vn.bantin.category.CategoryRepository;

/**
 * The back office's list of bulletins: a lazy PrimeFaces table whose filters are labelled form
 * fields above it, and whose sorting and paging run in the database.
 */
@Named
@ViewScoped
public class BulletinTable implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BulletinTableQuery query;

    @Inject
    private CategoryRepository categories;

    private BulletinStatus status;
    private Long categoryId;
    private String author;
    private String text;
    private List<Category> categoryChoices;
    private final LazyDataModel<Bulletin> model = new Model();

    @PostConstruct
    void init() {
        categoryChoices = categories.findAll();
    }

    /** The filter form's submit: the table reloads from page 1 with the new filters. */
    public void applyFilters() {
        // The model reads the fields on its next load.
    }

    BulletinSearch search(int offset, int limit, Map<String, SortMeta> sortBy) {
        BulletinSearch.SortField field = BulletinSearch.SortField.UPDATED_AT;
        boolean ascending = false;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            field = switch (sort.getField()) {
                case "title" -> BulletinSearch.SortField.TITLE;
                case "status" -> BulletinSearch.SortField.STATUS;
                case "publishedAt" -> BulletinSearch.SortField.PUBLISHED_AT;
                default -> BulletinSearch.SortField.UPDATED_AT;
            };
            ascending = sort.getOrder() == SortOrder.ASCENDING;
        }
        return new BulletinSearch(status, categoryId, author, text, field, ascending, offset, limit);
    }

    private final class Model extends LazyDataModel<Bulletin> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) query.count(search(0, 1, null));
        }

        @Override
        public List<Bulletin> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return query.find(search(first, pageSize, sortBy));
        }

        @Override
        public String getRowKey(Bulletin bulletin) {
            return String.valueOf(bulletin.getId());
        }
    }

    public LazyDataModel<Bulletin> getModel() {
        return model;
    }

    public BulletinStatus[] getStatuses() {
        return BulletinStatus.values();
    }

    public List<Category> getCategoryChoices() {
        return categoryChoices;
    }

    public BulletinStatus getStatus() {
        return status;
    }

    public void setStatus(BulletinStatus status) {
        this.status = status;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
