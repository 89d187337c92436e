package org.newsgraph.bench;

import java.util.function.IntFunction;

/**
 * Articles of the shapes a scraper delivers and that break linear-time assumptions: each shape
 * is built to about a given number of characters, so tests and {@code bench hostile} can run it
 * at several sizes and compare the work per word.
 */
public enum HostileShapes {
    /** One sentence of attribution clauses, the cue-and-name pattern repeated (issue 21's 400 KB case). */
    LONG_SENTENCE(n -> "Reports said " + repeat("President John Smith of Acme Corp said the plan would work, ", n) + "and that was all."),
    /** A paragraph of ordinary words with no full stop at all. */
    NO_STOP_PARAGRAPH(n -> repeat("the committee reviewed figures from the region and officials in Berlin discussed the budget ", n)),
    /** Thousands of quotation marks, balanced and stray, curly and straight, in one paragraph. */
    QUOTE_MARKS(n -> repeat("He said “yes” and she said \"no\" while ‘they’ wrote “maybe and '' then ", n)),
    /** A list sentence of thousands of names ("brings together A, B, C, …"). */
    NAMES_LIST(n -> "The conference in London this week brings together " + names(n) + " and the host."),
    /** An HTML page whose text sits under thousands of nested elements. */
    DEEP_HTML(n -> "<html><body>" + repeat("<div><span>", n) + "<p>Angela Merkel said “the budget is ready” in Berlin.</p>"
            + repeat("</span></div>", n) + "</body></html>"),
    /** A results table flattened to one line: names and numbers with no sentence punctuation. */
    FLAT_TABLE(n -> "Pos Team P W D L GF GA Pts " + table(n)),
    /** One very long word: letters with no space. */
    LONG_WORD(n -> "Officials said " + "a".repeat(Math.max(1, n * 40)) + " today.");

    private final IntFunction<String> build;

    HostileShapes(IntFunction<String> build) {
        this.build = build;
    }

    /** The article text, about {@code chars} characters long (at least one repetition of the shape). */
    public String generate(int chars) {
        String one = build.apply(1);
        int unit = Math.max(1, build.apply(2).length() - one.length());
        int n = Math.max(1, (chars - (one.length() - unit)) / unit);
        String text = build.apply(n);
        while (text.length() > chars && n > 1) { // units that grow (row numbers) make the first estimate long
            n = Math.min(n - 1, (int) ((long) n * chars / text.length()));
            text = build.apply(Math.max(1, n));
        }
        return text;
    }

    private static String repeat(String s, int n) {
        return s.repeat(Math.max(1, n));
    }

    private static final String[] FIRST = {"Mary", "John", "Peter", "Susan", "David", "Linda", "James", "Karen", "Robert", "Nancy", "Thomas", "Laura"};
    private static final String[] LAST = {"Smith", "Jones", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Johnson", "Roberts", "Walker", "Wright", "Green"};

    private static String names(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(FIRST[i % FIRST.length]).append(' ').append(LAST[(i / FIRST.length) % LAST.length]).append(surnameEnding(i)).append(", ");
        }
        return sb.toString();
    }

    private static final String[] SYLLABLES = {"", "ber", "dan", "kel", "mor", "ton", "vin", "lar"};

    /** A different ending for every index, so each name of the list is a different person. */
    private static String surnameEnding(int i) {
        StringBuilder sb = new StringBuilder();
        for (int k = i / (FIRST.length * LAST.length); k > 0; k /= SYLLABLES.length) {
            sb.append(SYLLABLES[k % SYLLABLES.length]);
        }
        return sb.toString();
    }

    private static final String[] TEAMS = {"Arsenal", "Chelsea", "Leeds United", "Aston Villa", "Everton", "Fulham", "Brentford"};

    private static String table(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int w = i % 17, d = i % 5, l = i % 7;
            sb.append(i + 1).append(' ').append(TEAMS[i % TEAMS.length]).append(' ').append(w + d + l).append(' ').append(w).append(' ')
                    .append(d).append(' ').append(l).append(' ').append(20 + i % 30).append(' ').append(10 + i % 25).append(' ')
                    .append(3 * w + d).append(' ');
        }
        return sb.toString();
    }
}
