package vn.bantin.bulletin;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.bantin.media.StoredImage;
import vn.bantin.text.VietnameseText;

/**
 * A photo in a bulletin. The alt text describes the image; the caption tells the story. A
 * decorative figure has no alt text and is not announced as an image.
 */
@Entity
@jakarta.persistence.EntityListeners(FigureChangeListener.class)
@Table(name = "figure")
public class Figure implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_ALT = 500;
    public static final int MAX_CAPTION = 1000;
    public static final int MAX_CREDIT = 200;

    @Id
    @SequenceGenerator(name = "figure_seq", sequenceName = "figure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "figure_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bulletin_id", nullable = false)
    private Bulletin bulletin;

    @Column(nullable = false)
    private int position;

    @ManyToOne(optional = false)
    @JoinColumn(name = "image_id", nullable = false)
    private StoredImage image;

    @Column(name = "alt_text", length = MAX_ALT)
    private String altText;

    @Column(length = MAX_CAPTION)
    private String caption;

    @Column(length = MAX_CREDIT)
    private String credit;

    @Column(nullable = false)
    private boolean decorative;

    protected Figure() {
    }

    Figure(Bulletin bulletin, int position, StoredImage image, String altText, String caption, String credit,
            boolean decorative) {
        this.bulletin = Objects.requireNonNull(bulletin);
        this.position = position;
        this.image = Objects.requireNonNull(image);
        this.decorative = decorative;
        this.altText = decorative ? null : optional(altText, MAX_ALT);
        this.caption = optional(caption, MAX_CAPTION);
        this.credit = optional(credit, MAX_CREDIT);
    }

    /** Cleaned text (NFC, no control characters), null when empty; longer than {@code max} is refused. */
    static String optional(String value, int max) {
        String cleaned = VietnameseText.clean(value);
        if (cleaned == null || cleaned.isEmpty()) {
            return null;
        }
        if (cleaned.length() > max) {
            throw new IllegalArgumentException("Text longer than " + max + " characters");
        }
        return cleaned;
    }

    /** New descriptions for the image; a decorative image keeps no alt text. */
    public void describe(String altText, String caption, String credit, boolean decorative) {
        this.decorative = decorative;
        this.altText = decorative ? null : optional(altText, MAX_ALT);
        this.caption = optional(caption, MAX_CAPTION);
        this.credit = optional(credit, MAX_CREDIT);
    }

    void setPosition(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Bulletin getBulletin() {
        return bulletin;
    }

    public int getPosition() {
        return position;
    }

    public StoredImage getImage() {
        return image;
    }

    public String getAltText() {
        return altText;
    }

    /** What goes in the alt attribute: empty for a decorative image, never null. */
    public String getAltAttribute() {
        return decorative || altText == null ? "" : altText;
    }

    public String getCaption() {
        return caption;
    }

    public String getCredit() {
        return credit;
    }

    public boolean isDecorative() {
        return decorative;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Figure other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(Figure.class);
    }
}
