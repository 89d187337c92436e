package org.newsgraph.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.model.Span;

/**
 * Finds fixed phrases in text in one regex pass, longest phrase first at each position, with
 * word boundaries on both sides.
 */
public final class PhraseMatcher {
    private final Pattern pattern;

    public PhraseMatcher(Collection<String> phrases, boolean caseSensitive) {
        String alternation = phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        int flags = Pattern.UNICODE_CASE | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
        this.pattern = phrases.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])", flags);
    }

    public List<Span> find(CharSequence text, int from, int to) {
        List<Span> out = new ArrayList<>();
        if (pattern == null) {
            return out;
        }
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }
}
