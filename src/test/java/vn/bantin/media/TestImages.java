package vn.bantin.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Pictures made by the tests, with what real uploads carry. */
public final class TestImages {

    /** What {@link #jpegWithExif} hides in its EXIF block. */
    public static final String SECRET = "GPS 21.0285N 105.8542E camera-serial-123";

    private TestImages() {
    }

    public static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    public static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        var g = image.createGraphics();
        g.setColor(new Color(0x8a1c13));
        g.fillRect(0, 0, width / 2, height);
        g.setColor(new Color(0xffd54f));
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    /** A JPEG carrying an EXIF block with a location in it, as a phone camera writes. */
    public static byte[] jpegWithExif(int width, int height) throws IOException {
        byte[] jpeg = encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
        byte[] payload = ("Exif\0\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.write(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
