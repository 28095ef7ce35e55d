package vn.bantin.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import vn.bantin.text.VietnameseText;

/**
 * What a reader typed, turned into a Lucene query without Lucene's query syntax: words outside
 * quotes must each appear, text in quotes must appear as a phrase. Every word is matched folded
 * (no marks) in title, lead and body, and also exactly, which adds to the score: "bà" ranks a
 * bulletin with "bà" above one with only "ba". Title and lead weigh more than the body.
 * Characters that mean something to Lucene's parser mean nothing here.
 */
public final class SearchQuery {

    /** Longer input is refused with a message rather than silently cut. */
    public static final int MAX_LENGTH = 500;
    /** Words beyond this many add nothing a reader would notice; they are left out. */
    static final int MAX_WORDS = 24;

    static final String TITLE = "title";
    static final String LEAD = "lead";
    static final String BODY = "body";
    static final String EXACT = "_exact";
    private static final String[] FIELDS = {TITLE, LEAD, BODY};
    private static final float[] WEIGHTS = {4f, 2f, 1f};
    private static final float EXACT_BONUS = 1.5f;

    private static final VietnameseAnalyzer FOLDED = VietnameseAnalyzer.folded();
    private static final VietnameseAnalyzer EXACT_WORDS = VietnameseAnalyzer.exact();

    private final String text;
    private final List<Part> parts;

    private SearchQuery(String text, List<Part> parts) {
        this.text = text;
        this.parts = parts;
    }

    /** A part of the input: a phrase (it was in quotes) or loose words. */
    record Part(List<String> folded, List<String> exact, boolean phrase) {
    }

    public static SearchQuery parse(String input) {
        String text = input == null ? "" : VietnameseText.clean(input).strip();
        List<Part> parts = new ArrayList<>();
        int words = 0;
        boolean inQuotes = false;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '"';
            boolean quote = c == '"' || c == '“' || c == '”';
            if (!quote) {
                current.append(c);
                continue;
            }
            if (i == text.length() && !inQuotes && current.length() == 0) {
                break;
            }
            words += add(parts, current.toString(), inQuotes, MAX_WORDS - words);
            current.setLength(0);
            inQuotes = !inQuotes;
        }
        return new SearchQuery(text, List.copyOf(parts));
    }

    private static int add(List<Part> parts, String chunk, boolean phrase, int room) {
        List<String> folded = FOLDED.words(chunk);
        List<String> exact = EXACT_WORDS.words(chunk);
        int n = Math.min(Math.min(folded.size(), exact.size()), Math.max(room, 0));
        if (n == 0) {
            return 0;
        }
        folded = folded.subList(0, n);
        exact = exact.subList(0, n);
        if (phrase && n > 1) {
            parts.add(new Part(List.copyOf(folded), List.copyOf(exact), true));
        } else {
            for (int i = 0; i < n; i++) {
                parts.add(new Part(List.of(folded.get(i)), List.of(exact.get(i)), false));
            }
        }
        return n;
    }

    /** The input as cleaned (NFC, no control characters), to show back to the reader. */
    public String text() {
        return text;
    }

    public boolean hasWords() {
        return !parts.isEmpty();
    }

    List<Part> parts() {
        return parts;
    }

    /** The words and phrases, all required; everything if there are none. */
    Query matching() {
        if (parts.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Part part : parts) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (int f = 0; f < FIELDS.length; f++) {
                anyField.add(new BoostQuery(match(FIELDS[f], part.folded()), WEIGHTS[f]), Occur.SHOULD);
                anyField.add(new BoostQuery(match(FIELDS[f] + EXACT, part.exact()), WEIGHTS[f] * EXACT_BONUS), Occur.SHOULD);
            }
            all.add(anyField.build(), Occur.MUST);
        }
        return all.build();
    }

    private static Query match(String field, List<String> words) {
        if (words.size() == 1) {
            return new TermQuery(new Term(field, words.get(0)));
        }
        return new PhraseQuery(field, words.toArray(String[]::new));
    }

    /** Only what readers may see at this instant: published, not expired, within the dates asked. */
    static Query visible(Instant now, Instant from, Instant until) {
        long upper = until == null ? now.toEpochMilli() : Math.min(now.toEpochMilli(), until.toEpochMilli() - 1);
        long lower = from == null ? Long.MIN_VALUE : from.toEpochMilli();
        return new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(SearchIndex.PUBLISHED, lower, upper), Occur.FILTER)
                .add(LongPoint.newRangeQuery(SearchIndex.EXPIRES, now.toEpochMilli() + 1, Long.MAX_VALUE), Occur.FILTER)
                .build();
    }
}
