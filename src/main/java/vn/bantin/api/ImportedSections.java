package vn.bantin.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import vn.bantin.category.CategoryRepository;
import vn.bantin.category.CategoryService;
import vn.bantin.platform.InvalidInput;
import vn.bantin.security.CurrentActor;
import vn.bantin.security.Role;
import vn.bantin.text.VietnameseText;

/**
 * Sections an import names that the portal does not have yet: created, after the others, with
 * the name given ({@code "category": {"slug": "tin-dia-phuong", "name": "Tin địa phương"}}) or one
 * made from the address. Creating sections is an administrator's right, here as in the back office.
 */
@RequestScoped
public class ImportedSections {

    @Inject
    private CategoryRepository categories;

    @Inject
    private CategoryService service;

    @Inject
    private CurrentActor actor;

    void ensure(JsonValue category) {
        String slug = null;
        String name = null;
        if (category instanceof JsonString s) {
            slug = s.getString();
        } else if (category != null && category.getValueType() == JsonValue.ValueType.OBJECT) {
            var object = category.asJsonObject();
            slug = object.get("slug") instanceof JsonString s ? s.getString() : null;
            name = object.get("name") instanceof JsonString s ? s.getString() : null;
        }
        if (slug == null || !VietnameseText.isSlug(slug) || categories.findBySlug(slug).isPresent()) {
            return; // nothing to create; the bulletin's own checks say what is wrong, if anything
        }
        if (!actor.has(Role.ADMIN)) {
            throw new InvalidInput("category", "import.sectionNeedsAdmin");
        }
        service.create(name == null || name.isBlank() ? readable(slug) : name, slug, "category");
    }

    /** "tin-dia-phuong" as a name: "Tin dia phuong" (an administrator can give it its marks later). */
    private static String readable(String slug) {
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
