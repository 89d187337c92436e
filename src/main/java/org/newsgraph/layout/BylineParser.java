package org.newsgraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author names from a byline: "By Anna Nemtsova And Owen Matthews", "By Jane Doe,
 * Reuters", "By JOHN SMITH | Staff Writer". A name with a visibly broken first character
 * ("?owen Matthews") is repaired.
 */
public final class BylineParser {
    private static final String NAME_WORD = "(?!(?:And|AND)\\b)[\\p{Lu}?\\uFFFD][\\p{L}'’.\\-]*";
    private static final String NAME = NAME_WORD + "(?:\\s+(?:(?:van|von|de|da|del|der|bin|al|le|la)\\s+)?" + NAME_WORD + "){1,3}";
    private static final String NAMES = NAME + "(?:\\s*(?:,|\\band\\b|\\bAnd\\b|\\bAND\\b|&)\\s*" + NAME + ")*";
    /** A whole paragraph that is a byline. */
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|Words by|Written by)\\s*:?\\s+(" + NAMES + ")(.*)$");
    /** A byline at the end of a standfirst paragraph. */
    private static final Pattern TRAILING_BYLINE = Pattern.compile("(?<=[.!?”\"'])\\s+(?:By|BY)\\s+(" + NAMES + ")\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|\\bAnd\\b|\\bAND\\b|&)\\s*");
    private static final Pattern BROKEN_INITIAL = Pattern.compile("(?<![\\p{L}])[?\\uFFFD](\\p{Ll})");

    private BylineParser() {
    }

    /** A byline found in a paragraph: where it starts (relative) and the authors it names. */
    public record Byline(int start, List<String> authors) {
    }

    /** The whole paragraph as a byline, if it is one; trailing roles and outlets are dropped. */
    public static Byline parseLine(String paragraph) {
        Matcher m = BYLINE.matcher(paragraph.strip());
        if (!m.matches()) {
            return null;
        }
        String tail = m.group(2).strip();
        if (!tail.isEmpty() && !tail.matches("^[,|/\\-–—(].*")) {
            return null; // "By the time we arrived…" is a sentence, not a byline
        }
        return new Byline(0, names(m.group(1)));
    }

    /** A byline closing a longer paragraph, as in a standfirst followed by "By Heather Timmons". */
    public static Byline parseTrailing(String paragraph) {
        Matcher m = TRAILING_BYLINE.matcher(paragraph);
        return m.find() ? new Byline(m.start(), names(m.group(1))) : null;
    }

    static List<String> names(String names) {
        List<String> out = new ArrayList<>();
        for (String n : SEPARATOR.split(names.strip())) {
            String name = repair(n.strip());
            if (!name.isEmpty() && !isOutletOrRole(name)) {
                out.add(name);
            }
        }
        return out;
    }

    static String repair(String name) {
        Matcher m = BROKEN_INITIAL.matcher(name);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, m.group(1).toUpperCase(Locale.ROOT));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean isOutletOrRole(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("staff") || n.contains("correspondent") || n.contains("reporter")
                || n.contains("editor") || n.contains("writer") || n.equals("reuters") || n.equals("associated press");
    }
}
