package vn.bantin.bulletin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * What changed between two revisions, field by field, as lines kept, removed and added. Bodies
 * are compared per block element (paragraph, heading, list item), which is how editors think of
 * their text.
 */
public final class RevisionDiff {

    public enum Kind { SAME, REMOVED, ADDED }

    /** A line of a field; the getters are for Faces views (Jakarta EL 5 does not read record components). */
    public record Line(Kind kind, String text) {
        public Kind getKind() {
            return kind;
        }

        public String getText() {
            return text;
        }

        public boolean isRemoved() {
            return kind == Kind.REMOVED;
        }

        public boolean isAdded() {
            return kind == Kind.ADDED;
        }
    }

    public record Field(String name, boolean changed, List<Line> lines) {
        public String getName() {
            return name;
        }

        public boolean isChanged() {
            return changed;
        }

        public List<Line> getLines() {
            return lines;
        }
    }

    private RevisionDiff() {
    }

    public static List<Field> between(Revision older, Revision newer) {
        return List.of(
                field("title", lines(older.getTitle()), lines(newer.getTitle())),
                field("lead", lines(older.getLead()), lines(newer.getLead())),
                field("body", blocks(older.getBody()), blocks(newer.getBody())),
                field("author", lines(older.getAuthorName()), lines(newer.getAuthorName())));
    }

    static Field field(String name, List<String> before, List<String> after) {
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Line> lines = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                lines.add(new Line(Kind.SAME, before.get(position)));
            }
            delta.getSource().getLines().forEach(l -> lines.add(new Line(Kind.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> lines.add(new Line(Kind.ADDED, l)));
            position += delta.getSource().size();
        }
        for (; position < before.size(); position++) {
            lines.add(new Line(Kind.SAME, before.get(position)));
        }
        return new Field(name, !patch.getDeltas().isEmpty(), lines);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text);
    }

    /** One entry per block element, with its tags, so the diff shows structure changes too. */
    static List<String> blocks(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        String separated = html.replaceAll("(?i)(</(p|h[2-4]|li|blockquote|tr|table|ul|ol)>)", "$1\n");
        return Arrays.stream(separated.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
