package org.newsgraph.layout;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a headline line looks when nothing but its shape marks it: short, and either left
 * without closing punctuation, closed by the ";" that news-archive exports put after a
 * headline, or written in Title Case (where a closing full stop does not make it a sentence).
 */
final class HeadlineShape {
    static final int MAX_WORDS = 25;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…][\"'”’)]*$");
    private static final Pattern ARCHIVE_END = Pattern.compile(";\\s*$");
    private static final Pattern EDGE = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    /** Title Case leaves these closed-class words in lower case. */
    private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "but", "or", "nor", "of", "to",
            "in", "on", "at", "by", "for", "with", "as", "from", "into", "onto", "over", "per", "than", "via",
            "vs", "up", "off", "out", "so", "yet", "s", "t");
    private static final double TITLE_CASE_SHARE = 0.85;
    private static final int MIN_TITLE_CASE_WORDS = 3;

    private HeadlineShape() {
    }

    static boolean looksLikeHeadline(String line) {
        int n = words(line);
        return n > 0 && n <= MAX_WORDS
                && (!SENTENCE_END.matcher(line).find() || ARCHIVE_END.matcher(line).find() || titleCase(line));
    }

    static boolean titleCase(String line) {
        int counted = 0;
        int capitalised = 0;
        for (String raw : line.strip().split("[\\s\\-–—]+")) {
            String w = EDGE.matcher(raw).replaceAll("");
            if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || MINOR.contains(w.toLowerCase())) {
                continue;
            }
            counted++;
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            }
        }
        return counted >= MIN_TITLE_CASE_WORDS && capitalised >= TITLE_CASE_SHARE * counted;
    }

    static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
