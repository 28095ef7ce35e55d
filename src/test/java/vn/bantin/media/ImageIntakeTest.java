package vn.bantin.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class ImageIntakeTest {

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        return TestImages.encode(image, format);
    }

    private static BufferedImage picture(int width, int height, int type) {
        return TestImages.picture(width, height, type);
    }

    private static boolean contains(byte[] haystack, String needle) {
        return TestImages.contains(haystack, needle);
    }

    @Test
    void camera_metadata_never_survives() throws Exception {
        byte[] upload = TestImages.jpegWithExif(40, 30);
        assertTrue(contains(upload, "GPS 21.0285N"), "the test file carries a location");
        ImageIntake.Prepared prepared = ImageIntake.prepare(upload);
        assertEquals("image/jpeg", prepared.mediaType());
        assertEquals(40, prepared.width());
        assertEquals(30, prepared.height());
        assertFalse(contains(prepared.bytes(), "GPS") || contains(prepared.bytes(), "Exif")
                || contains(prepared.bytes(), "camera-serial"), "re-encoded without the EXIF block");
    }

    @Test
    void transparent_images_stay_png_and_opaque_ones_become_jpeg() throws Exception {
        ImageIntake.Prepared transparent = ImageIntake.prepare(encode(picture(8, 6, BufferedImage.TYPE_INT_ARGB), "png"));
        assertEquals("image/png", transparent.mediaType());
        ImageIntake.Prepared opaque = ImageIntake.prepare(encode(picture(8, 6, BufferedImage.TYPE_INT_RGB), "png"));
        assertEquals("image/jpeg", opaque.mediaType());
        assertEquals(8, opaque.width());
    }

    @Test
    void webp_is_read() throws Exception {
        byte[] webp = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
        ImageIntake.Prepared prepared = ImageIntake.prepare(webp);
        assertEquals(1, prepared.width());
        assertEquals(1, prepared.height());
    }

    @Test
    void files_are_judged_by_content_not_by_name() {
        assertReason("image.notSupported", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8));
        assertReason("image.notSupported", "GIF89a not an image we take".getBytes(StandardCharsets.US_ASCII));
        assertReason("image.notSupported", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        assertReason("image.empty", new byte[0]);
    }

    @Test
    void broken_oversized_and_enormous_images_are_refused() throws Exception {
        byte[] jpeg = encode(picture(40, 30, BufferedImage.TYPE_INT_RGB), "jpg");
        assertReason("image.unreadable", Arrays.copyOf(jpeg, 20));
        byte[] big = new byte[ImageIntake.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertReason("image.tooLarge", big);
        assertReason("image.tooManyPixels", pngHeaderClaiming(50_000, 50_000));
    }

    private static void assertReason(String reason, byte[] upload) {
        ImageIntake.RejectedImage rejected = assertThrows(ImageIntake.RejectedImage.class, () -> ImageIntake.prepare(upload));
        assertEquals(reason, rejected.reason());
    }

    /** A valid PNG signature and header for a huge image, with almost no data: a decompression bomb's shape. */
    private static byte[] pngHeaderClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        byte[] ihdr = new byte[] {'I', 'H', 'D', 'R',
            (byte) (width >>> 24), (byte) (width >>> 16), (byte) (width >>> 8), (byte) width,
            (byte) (height >>> 24), (byte) (height >>> 16), (byte) (height >>> 8), (byte) height,
            8, 2, 0, 0, 0};
        out.write(new byte[] {0, 0, 0, 13});
        out.write(ihdr);
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        long c = crc.getValue();
        out.write(new byte[] {(byte) (c >>> 24), (byte) (c >>> 16), (byte) (c >>> 8), (byte) c});
        assertArrayEquals(new byte[] {(byte) 0x89, 'P'}, Arrays.copyOf(out.toByteArray(), 2));
        return out.toByteArray();
    }
}
