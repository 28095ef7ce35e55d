package vn.bantin.media;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.bantin.platform.Timestamped;

/**
 * What the portal knows of an image it stores: its type and size, so pages can give width and
 * height before the bytes arrive. The bytes live in {@link ImageData}, loaded only to serve them.
 */
@Entity
@jakarta.persistence.Cacheable
@Table(name = "stored_image")
public class StoredImage extends Timestamped {

    @Id
    @SequenceGenerator(name = "stored_image_seq", sequenceName = "stored_image_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_image_seq")
    private Long id;

    @Column(name = "media_type", nullable = false, length = 40)
    private String mediaType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    protected StoredImage() {
    }

    public StoredImage(String mediaType, int width, int height, long byteSize) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("An image has a positive width and height");
        }
        this.mediaType = Objects.requireNonNull(mediaType);
        this.width = width;
        this.height = height;
        this.byteSize = byteSize;
    }

    public Long getId() {
        return id;
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public long getByteSize() {
        return byteSize;
    }

    /** The public address; the version makes it safe to cache for a year. */
    public String getPath() {
        return "/anh/" + id + "." + extension() + "?v=" + getCreatedAt().toEpochMilli();
    }

    /** Widths of the smaller copies offered to browsers, when the picture is wider than them. */
    public static final java.util.List<Integer> VARIANT_WIDTHS = java.util.List.of(480, 960);

    /** The smaller copy {@code width} pixels wide. */
    public String variantPath(int width) {
        return "/anh/" + id + "-w" + width + "." + extension() + "?v=" + getCreatedAt().toEpochMilli();
    }

    /** The srcset attribute: each smaller copy and the picture itself, with their widths. */
    public String srcset(String contextPath) {
        StringBuilder set = new StringBuilder();
        for (int variant : VARIANT_WIDTHS) {
            if (variant < width) {
                set.append(contextPath).append(variantPath(variant)).append(' ').append(variant).append("w, ");
            }
        }
        return set.append(contextPath).append(getPath()).append(' ').append(width).append('w').toString();
    }

    public String extension() {
        return switch (mediaType) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/webp" -> "webp";
            default -> "bin";
        };
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof StoredImage other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(StoredImage.class);
    }
}
