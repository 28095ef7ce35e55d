package vn.bantin.media;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns an upload into an image the portal may publish. The bytes are recognised by their content
 * (never by the file name), decoded, size-checked and encoded afresh, so that nothing of the
 * original file (camera and GPS metadata, hidden payloads) reaches the public. Opaque images
 * become JPEG, images with transparency PNG.
 */
public final class ImageIntake {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Guards against files that are small on disk but enormous once decoded. */
    static final long MAX_PIXELS = 40_000_000L;
    /** The reason of a picture refused because others are being decoded (try again shortly). */
    public static final String BUSY = "image.busy";
    static final int MAX_SIDE = 12_000;

    static {
        // The WebP reader is a plugin in the WAR; ImageIO only sees plugins it was told to look for.
        ImageIO.scanForPlugins();
    }

    private ImageIntake() {
    }

    /** What is refused, as a message key for the person who uploaded it. */
    public static final class RejectedImage extends Exception {
        private final String reason;

        RejectedImage(String reason) {
            super(reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    public record Prepared(byte[] bytes, String mediaType, int width, int height) {
    }

    public static Prepared prepare(byte[] upload) throws RejectedImage {
        if (upload == null || upload.length == 0) {
            throw new RejectedImage("image.empty");
        }
        if (upload.length > MAX_BYTES) {
            throw new RejectedImage("image.tooLarge");
        }
        String format = formatOf(upload);
        if (format == null) {
            throw new RejectedImage("image.notSupported");
        }
        return decodeAndEncode(upload, format);
    }

    /**
     * A smaller copy of a stored image, {@code width} pixels wide, in the stored image's format:
     * what a phone downloads instead of the full picture (srcset).
     */
    public static byte[] resize(byte[] stored, String mediaType, int width, int storedWidth, int storedHeight)
            throws RejectedImage {
        try (DecodingSlot slot = DecodingSlot.take(storedWidth, storedHeight)) {
            return resize(stored, mediaType, width);
        }
    }

    private static byte[] resize(byte[] stored, String mediaType, int width) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(stored));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int height = Math.max(1, Math.round(image.getHeight() * (width / (float) image.getWidth())));
        // Halving steps first keep detail that one big bilinear step would lose.
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width) {
            current = scale(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2));
        }
        BufferedImage resized = scale(current, width, height);
        return "image/png".equals(mediaType) ? png(resized) : jpeg(resized);
    }

    private static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage scaled = new BufferedImage(width, height,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return scaled;
    }

    /** JPEG, PNG or WebP by their signatures; anything else is not an image we take. */
    static String formatOf(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "webp";
        }
        return null;
    }

    /**
     * Reads the picture's size from its header, refuses it when too large, and decodes and encodes
     * it afresh while holding a {@link DecodingSlot}: the decoded pixels are the memory to guard.
     */
    private static Prepared decodeAndEncode(byte[] upload, String format) throws RejectedImage {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new RejectedImage("image.notSupported");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE
                    || (long) width * height > MAX_PIXELS) {
                throw new RejectedImage("image.tooManyPixels");
            }
            try (DecodingSlot slot = DecodingSlot.take(width, height)) {
                BufferedImage decoded = reader.read(0);
                if (decoded == null) {
                    throw new RejectedImage("image.unreadable");
                }
                boolean alpha = decoded.getColorModel().hasAlpha();
                return alpha ? new Prepared(png(decoded), "image/png", decoded.getWidth(), decoded.getHeight())
                        : new Prepared(jpeg(decoded), "image/jpeg", decoded.getWidth(), decoded.getHeight());
            }
        } catch (IOException | RuntimeException broken) {
            throw new RejectedImage("image.unreadable");
        } finally {
            reader.dispose();
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        // A copy only when the writer cannot take the decoded layout: a 40-megapixel copy is 160 MB.
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB && image.getType() != BufferedImage.TYPE_3BYTE_BGR
                && image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.88f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
