package vn.bantin.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a {@link StoredImage}, in a table of their own so lists never load them. */
@Entity
@Table(name = "image_data")
public class ImageData {

    @Id
    @Column(name = "image_id")
    private Long imageId;

    @Column(nullable = false)
    private byte[] bytes;

    protected ImageData() {
    }

    public ImageData(Long imageId, byte[] bytes) {
        this.imageId = imageId;
        this.bytes = bytes.clone();
    }

    public Long getImageId() {
        return imageId;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
