package vn.bantin.reading;

import java.util.List;
import java.util.Optional;

/**
 * The reader's text size, in percent of the browser's own size. Steps of 25 from 100 to 200: the
 * page scales in rem, so this multiplies with browser zoom instead of fighting it.
 */
public record TextSize(int percent) {

    public static final List<Integer> STEPS = List.of(100, 125, 150, 175, 200);
    public static final TextSize DEFAULT = new TextSize(100);

    public TextSize {
        if (!STEPS.contains(percent)) {
            throw new IllegalArgumentException("Text size must be one of " + STEPS + ", got " + percent);
        }
    }

    /** A cookie value from outside: anything unexpected means the default size. */
    public static TextSize fromCookie(String value) {
        if (value == null) {
            return DEFAULT;
        }
        try {
            int percent = Integer.parseInt(value.trim());
            return STEPS.contains(percent) ? new TextSize(percent) : DEFAULT;
        } catch (NumberFormatException e) {
            return DEFAULT;
        }
    }

    public TextSize larger() {
        return isLargest() ? this : new TextSize(STEPS.get(STEPS.indexOf(percent) + 1));
    }

    public TextSize smaller() {
        return isSmallest() ? this : new TextSize(STEPS.get(STEPS.indexOf(percent) - 1));
    }

    public boolean isLargest() {
        return percent == STEPS.get(STEPS.size() - 1);
    }

    public boolean isSmallest() {
        return percent == STEPS.get(0);
    }

    /** What the size control's buttons send: "tang" (larger), "giam" (smaller), "mac-dinh" (reset). */
    public Optional<TextSize> apply(String change) {
        if (change == null) {
            return Optional.empty();
        }
        return switch (change) {
            case "tang" -> Optional.of(larger());
            case "giam" -> Optional.of(smaller());
            case "mac-dinh" -> Optional.of(DEFAULT);
            default -> Optional.empty();
        };
    }
}
