package vn.bantin.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** One page of a list: pages are counted from 1, as readers count them. */
public record Paging(int page, int size, long total) {

    /** Page numbers shown around the current one. */
    private static final int WINDOW = 2;

    public Paging {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size start at 1");
        }
    }

    /** A page number from a query string; empty when it is not a number of at least 1. */
    public static OptionalInt parsePage(String raw) {
        if (raw == null || raw.isEmpty()) {
            return OptionalInt.of(1);
        }
        // ASCII digits only: Character.isDigit would also take other scripts' digits.
        if (raw.length() > 9 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        int page = Integer.parseInt(raw);
        return page >= 1 ? OptionalInt.of(page) : OptionalInt.empty();
    }

    public int offset() {
        return (page - 1) * size;
    }

    public int getPageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** A page past the last is an address that does not exist, except page 1 of an empty list. */
    public boolean exists() {
        return page <= getPageCount();
    }

    public boolean isFirst() {
        return page == 1;
    }

    public boolean isLast() {
        return page >= getPageCount();
    }

    public int getPage() {
        return page;
    }

    public int getPrevious() {
        return page - 1;
    }

    public int getNext() {
        return page + 1;
    }

    public boolean isNeeded() {
        return getPageCount() > 1;
    }

    /**
     * The query string of page {@code n}, keeping the other parameters of the list ({@code query},
     * already encoded, may be empty): page 1 has no page parameter, so it has one address only.
     */
    public String href(String query, int n) {
        String rest = query == null ? "" : query;
        String pagePart = n == 1 ? "" : "trang=" + n;
        String joined = rest.isEmpty() ? pagePart : pagePart.isEmpty() ? rest : rest + "&" + pagePart;
        return joined.isEmpty() ? "" : "?" + joined;
    }

    /** 1, then a window around the current page, then the last; 0 stands for a gap ("…"). */
    public List<Integer> getNumbers() {
        List<Integer> numbers = new ArrayList<>();
        int last = getPageCount();
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - page) <= WINDOW) {
                numbers.add(n);
            } else if (numbers.get(numbers.size() - 1) != 0) {
                numbers.add(0);
            }
        }
        return numbers;
    }
}
