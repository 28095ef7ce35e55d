package vn.bantin.media;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Keeps images in the database, so every node of a cluster serves the same ones. */
@ApplicationScoped
public class ImageStore {

    @PersistenceContext
    private EntityManager em;

    /** Stores an upload after {@link ImageIntake} has checked it and encoded it afresh. */
    @Transactional
    public StoredImage store(byte[] upload) throws ImageIntake.RejectedImage {
        ImageIntake.Prepared prepared = ImageIntake.prepare(upload);
        StoredImage image = new StoredImage(prepared.mediaType(), prepared.width(), prepared.height(),
                prepared.bytes().length);
        em.persist(image);
        em.flush();
        em.persist(new ImageData(image.getId(), prepared.bytes()));
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
