package vn.bantin.site.pages;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.category.Category;
import vn.bantin.category.CategoryRepository;

/** The home page: the latest bulletins, then a block per category. */
@Named
@RequestScoped
public class HomeView {

    static final int LATEST = 5;
    static final int PER_CATEGORY = 4;
    static final int MOST_READ = 5;

    @Inject
    private vn.bantin.popularity.MostRead mostRead;

    @Inject
    private BulletinRepository bulletins;

    @Inject
    private CategoryRepository categories;

    private List<Bulletin> latest;
    private List<CategoryBlock> blocks;

    @PostConstruct
    void load() {
        Instant now = Instant.now();
        latest = bulletins.findVisible(null, now, 0, LATEST);
        blocks = categories.findAll().stream()
                .map(c -> new CategoryBlock(c, bulletins.findVisible(c, now, 0, PER_CATEGORY)))
                .filter(b -> !b.bulletins().isEmpty())
                .toList();
    }

    private List<Bulletin> mostReadList;

    public List<Bulletin> getMostRead() {
        if (mostReadList == null) {
            mostReadList = mostRead.top(MOST_READ);
        }
        return mostReadList;
    }

    public List<Bulletin> getLatest() {
        return latest;
    }

    /**
     * The id of the first latest bulletin with a picture: its picture is the top one on the page
     * and loads at once, whether or not the newest bulletin has one; the others wait (lazy).
     */
    public Long getFirstPictured() {
        return latest.stream().filter(b -> !b.getFigures().isEmpty()).map(Bulletin::getId).findFirst().orElse(null);
    }

    public List<CategoryBlock> getBlocks() {
        return blocks;
    }

    public record CategoryBlock(Category category, List<Bulletin> bulletins) {
        public Category getCategory() {
            return category;
        }

        public List<Bulletin> getBulletins() {
            return bulletins;
        }
    }
}
