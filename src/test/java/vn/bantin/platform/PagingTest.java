package vn.bantin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void page_numbers_from_query_strings() {
        assertEquals(OptionalInt.of(1), Paging.parsePage(null));
        assertEquals(OptionalInt.of(1), Paging.parsePage(""));
        assertEquals(OptionalInt.of(7), Paging.parsePage("7"));
        for (String bad : new String[] {"0", "-1", "abc", "1.5", "1e3", "9999999999", " 2", "٣"}) {
            assertTrue(Paging.parsePage(bad).isEmpty(), bad);
        }
    }

    @Test
    void pages_and_offsets() {
        Paging paging = new Paging(3, 10, 45);
        assertEquals(5, paging.getPageCount());
        assertEquals(20, paging.offset());
        assertTrue(paging.exists());
        assertFalse(new Paging(6, 10, 45).exists());
        assertTrue(new Paging(1, 10, 0).exists(), "an empty list still has its first page");
        assertFalse(new Paging(1, 10, 10).isNeeded());
    }

    @Test
    void long_lists_show_first_last_and_a_window_with_gaps() {
        assertEquals(List.of(1, 0, 8, 9, 10, 11, 12, 0, 50), new Paging(10, 10, 500).getNumbers());
        assertEquals(List.of(1, 2, 3, 0, 50), new Paging(1, 10, 500).getNumbers());
        assertEquals(List.of(1, 2, 3), new Paging(2, 10, 30).getNumbers());
    }

    @Test
    void return_paths_stay_inside_the_portal() {
        assertEquals("/tin-tuc/a?b=1", LocalPath.orHome("/tin-tuc/a?b=1"));
        for (String bad : new String[] {null, "", "//evil.example", "https://evil.example", "/\\evil.example",
            "evil", "/a\r\nSet-Cookie: x=1"}) {
            assertEquals("/", LocalPath.orHome(bad), String.valueOf(bad));
        }
    }
}
