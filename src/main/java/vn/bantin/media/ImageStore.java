package vn.bantin.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Keeps images in the database, so every node of a cluster serves the same ones. */
@ApplicationScoped
public class ImageStore {

    @PersistenceContext
    private EntityManager em;

    /**
     * Stores an image after decoding it: what cannot be decoded as an image is refused, whatever
     * its name says.
     */
    @Transactional
    public StoredImage store(byte[] bytes, String mediaType) {
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            decoded = null;
        }
        if (decoded == null) {
            throw new IllegalArgumentException("Not a readable image");
        }
        StoredImage image = new StoredImage(mediaType, decoded.getWidth(), decoded.getHeight(), bytes.length);
        em.persist(image);
        em.flush();
        em.persist(new ImageData(image.getId(), bytes));
        return image;
    }

    public Optional<StoredImage> find(long id) {
        return Optional.ofNullable(em.find(StoredImage.class, id));
    }

    public Optional<byte[]> bytes(long id) {
        return em.createQuery("SELECT d.bytes FROM ImageData d WHERE d.imageId = :id", byte[].class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }
}
