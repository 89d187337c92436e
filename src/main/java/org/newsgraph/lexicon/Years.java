package org.newsgraph.lexicon;

import java.util.regex.Pattern;

/**
 * The one shape of a year the rules read: four digits from 1600 to 2099, old enough for a
 * founding date ("founded in 1851") and no wider, so that counts such as "3000 people" are not years.
 */
public final class Years {
    /** A whole word that is a year; used with {@link java.util.regex.Matcher#matches()}. */
    public static final Pattern YEAR = Pattern.compile("1[6-9]\\d\\d|20\\d\\d");
    private static final Pattern IN_TEXT = Pattern.compile("\\b(?:" + YEAR.pattern() + ")\\b");

    private Years() {
    }

    public static boolean isYear(String word) {
        return YEAR.matcher(word).matches();
    }

    /** Whether a year stands somewhere in the line as a word of its own ("Published 12 March 2016"). */
    public static boolean mentionsYear(String line) {
        return IN_TEXT.matcher(line).find();
    }
}
