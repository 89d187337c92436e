package org.newsgraph.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.WordKinds;
import org.newsgraph.lexicon.Years;
import org.newsgraph.model.Token;

/**
 * When and where something was said, as the attribution rules skip or trim it: "on Friday",
 * "earlier this week", "in a statement", "since 2001", "Sept. 11". The words come from
 * {@code models/time-words.tsv}; years have one shape ({@link Years}).
 */
final class TimeWords {
    private static final WordKinds TIMES = new WordKinds("time-words.tsv", List.of("time", "noun", "month", "weekday", "medium",
            "abbreviation", "circumstance", "month-part"));
    private static final Set<String> MONTH_PARTS = TIMES.get("month-part");
    private static final int MAX_CIRCUMSTANCE = 5;
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\d{1,2}");
    private static final Set<String> CIRCUMSTANCE_OPENERS = TIMES.get("circumstance");
    static final Set<String> TIME_WORDS = TIMES.get("time");
    private static final Set<String> DEICTIC = Set.of("this", "last");
    static final Set<String> TIME_PREPOSITIONS = Set.of("on", "at", "in", "during");
    private static final Set<String> TIME_NOUNS = TIMES.get("noun");
    private static final Set<String> MONTHS = TIMES.get("month");
    private static final Set<String> MONTH_ABBREVIATIONS = TIMES.get("abbreviation");
    static final Set<String> WEEKDAYS = TIMES.get("weekday");
    private static final Set<String> MEDIA = TIMES.union("month", "weekday", "medium");
    /** "on Friday", "earlier this week", "in a statement": time words and the medium between a verb and its clause. */
    static int skipTimeWords(List<Token> t, int i, int end) {
        while (i < end) {
            String w = lower(t, i);
            boolean deicticAlone = DEICTIC.contains(w) && !(i + 1 < end && isTimeNoun(lower(t, i + 1)));
            if (TIME_WORDS.contains(w) && !deicticAlone) {
                i++; // "this week", "last month", but not "supports this notion"
            } else if ((w.equals("in") || w.equals("on")) && i + 1 < end) {
                int medium = -1;
                for (int k = i + 1; k < Math.min(end, i + 5) && medium < 0; k++) {
                    medium = MEDIA.contains(lower(t, k)) ? k : -1;
                }
                if (medium < 0) {
                    return i;
                }
                i = medium + 1;
            } else {
                return i;
            }
        }
        return i;
    }

    /** "called for more investment in a statement on Thursday": where and when it was said is not what was said. */
    static int withoutTrailingCircumstance(List<Token> t, int start, int end) {
        boolean trimmed = true;
        while (trimmed) {
            trimmed = false;
            for (int p = Math.max(start + 1, end - MAX_CIRCUMSTANCE); p < end; p++) {
                String w = lower(t, p);
                String last = lower(t, end - 1);
                if (CIRCUMSTANCE_OPENERS.contains(w) && (MEDIA.contains(last) || TIME_WORDS.contains(last) || isYear(last))) {
                    end = p;
                    trimmed = true;
                    break;
                }
            }
        }
        return end;
    }

    /** "2001", "August", "Sept. 11", "late" in "late August": a word of a date before {@code limit}. */
    static boolean isDateWord(List<Token> t, int k, int limit) {
        String w = lower(t, k);
        boolean month = isMonth(w);
        boolean before = k + 1 < limit && isMonth(lower(t, k + 1));
        return month || isYear(w) || MONTH_PARTS.contains(w) && before
                || DAY_OF_MONTH.matcher(w).matches() && k > 0 && isMonth(lower(t, k - 1));
    }

    /** "on Friday", "on Sept. 11": a date. */
    static boolean isTimePhrase(List<Token> t, int k, int end) {
        if (k + 1 >= end) {
            return false;
        }
        String w = lower(t, k);
        String next = lower(t, k + 1);
        return w.equals("on") && (WEEKDAYS.contains(next) || isMonth(next))
                || TIME_PREPOSITIONS.contains(w) && DEICTIC.contains(next); // "at last week's forum", "during this year's race"
    }

    /** "Thursday", "weeks", "today": a word that heads a time phrase, never a speaker ("Obama on Thursday nominated"). */
    static boolean isTimeHead(String lowerWord) {
        String singular = lowerWord.endsWith("s") ? lowerWord.substring(0, lowerWord.length() - 1) : lowerWord;
        return isTimeNoun(lowerWord) || TIME_NOUNS.contains(singular) || TIME_WORDS.contains(lowerWord);
    }

    /** "week", "Friday", "June": what "this" or "last" before it makes a time phrase. */
    private static boolean isTimeNoun(String lowerWord) {
        return TIME_NOUNS.contains(lowerWord) || WEEKDAYS.contains(lowerWord) || isMonth(lowerWord);
    }

    static boolean isYear(String word) {
        return Years.isYear(word);
    }

    static boolean isMonth(String lowerWord) {
        return MONTHS.contains(lowerWord) || MONTH_ABBREVIATIONS.contains(lowerWord);
    }

    private TimeWords() {
    }

    private static String lower(List<Token> t, int k) {
        return t.get(k).word().toLowerCase(Locale.ROOT);
    }
}
