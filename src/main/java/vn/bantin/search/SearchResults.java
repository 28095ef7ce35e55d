package vn.bantin.search;

import java.util.List;

/** How many bulletins match in all, and the page of them asked for. */
public record SearchResults(int total, List<SearchHit> hits) {
}
