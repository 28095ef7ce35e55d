package vn.bantin.media;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A decoded picture takes width × height × 3 to 7 bytes of heap (a 40-megapixel photo: 120 to
 * 280 MB), far more than its file. At most two pictures are decoded at a time, and together at
 * most {@link ImageIntake#MAX_PIXELS} pixels, so parallel uploads of huge pictures wait their turn
 * instead of exhausting memory. A picture that waits longer than {@link #WAIT_SECONDS} is refused
 * as "busy" (the API answers 503 with Retry-After).
 */
final class DecodingSlot implements AutoCloseable {

    static final int WAIT_SECONDS = 20;
    private static final int PIXELS_PER_PERMIT = 1_000;
    private static final Semaphore DECODERS = new Semaphore(2, true);
    private static final Semaphore PIXELS = new Semaphore((int) (ImageIntake.MAX_PIXELS / PIXELS_PER_PERMIT), true);

    private final int pixelPermits;

    private DecodingSlot(int pixelPermits) {
        this.pixelPermits = pixelPermits;
    }

    static DecodingSlot take(int width, int height) throws ImageIntake.RejectedImage {
        int permits = (int) Math.min(ImageIntake.MAX_PIXELS / PIXELS_PER_PERMIT,
                Math.max(1, ((long) width * height + PIXELS_PER_PERMIT - 1) / PIXELS_PER_PERMIT));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        try {
            if (!DECODERS.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ImageIntake.RejectedImage(ImageIntake.BUSY);
            }
            long left = Math.max(0, deadline - System.nanoTime());
            if (!PIXELS.tryAcquire(permits, left, TimeUnit.NANOSECONDS)) {
                DECODERS.release();
                throw new ImageIntake.RejectedImage(ImageIntake.BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageIntake.RejectedImage(ImageIntake.BUSY);
        }
        return new DecodingSlot(permits);
    }

    @Override
    public void close() {
        PIXELS.release(pixelPermits);
        DECODERS.release();
    }
}
