package vn.bantin.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class TextSizeTest {

    @Test
    void steps_run_from_100_to_200_percent() {
        TextSize size = TextSize.DEFAULT;
        StringBuilder seen = new StringBuilder().append(size.percent());
        while (!size.isLargest()) {
            size = size.larger();
            seen.append(',').append(size.percent());
        }
        assertEquals("100,125,150,175,200", seen.toString());
        assertEquals(200, size.larger().percent(), "no step past the largest");
        assertEquals(100, TextSize.DEFAULT.smaller().percent(), "no step below the default");
    }

    @Test
    void buttons_change_the_size() {
        TextSize size = new TextSize(150);
        assertEquals(Optional.of(new TextSize(175)), size.apply("tang"));
        assertEquals(Optional.of(new TextSize(125)), size.apply("giam"));
        assertEquals(Optional.of(TextSize.DEFAULT), size.apply("mac-dinh"));
        assertTrue(size.apply("xoa").isEmpty());
        assertTrue(size.apply(null).isEmpty());
    }

    @Test
    void cookie_values_from_outside_fall_back_to_the_default() {
        assertEquals(175, TextSize.fromCookie("175").percent());
        for (String bad : new String[] {null, "", "130", "-1", "9999999999", "abc", "<script>"}) {
            assertEquals(TextSize.DEFAULT, TextSize.fromCookie(bad), String.valueOf(bad));
        }
        assertThrows(IllegalArgumentException.class, () -> new TextSize(110));
    }
}
