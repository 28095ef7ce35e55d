package vn.bantin.category;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.bantin.platform.Timestamped;
import vn.bantin.text.VietnameseText;

/** A section of the portal ("Thời sự", "Kinh tế"), shown in the order of its position. */
@Entity
@jakarta.persistence.Cacheable
@jakarta.persistence.EntityListeners(CategoryChangeListener.class)
@Table(name = "category")
@NamedQuery(name = Category.FIND_ALL, query = "SELECT c FROM Category c ORDER BY c.position, c.name")
@NamedQuery(name = Category.FIND_BY_SLUG, query = "SELECT c FROM Category c WHERE c.slug = :slug")
public class Category extends Timestamped {

    public static final String FIND_ALL = "Category.findAll";
    public static final String FIND_BY_SLUG = "Category.findBySlug";

    @Id
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(nullable = false)
    private int position;

    protected Category() {
    }

    public Category(String name, String slug, int position) {
        setName(name);
        setSlug(slug);
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public final void setName(String name) {
        String cleaned = VietnameseText.clean(name);
        if (cleaned == null || cleaned.isEmpty()) {
            throw new IllegalArgumentException("A category needs a name");
        }
        this.name = cleaned;
    }

    public String getSlug() {
        return slug;
    }

    public final void setSlug(String slug) {
        this.slug = VietnameseText.requireSlug(slug);
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Category other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(Category.class);
    }
}
