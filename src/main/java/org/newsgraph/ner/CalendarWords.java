package org.newsgraph.ner;

import java.util.Locale;
import java.util.Set;

/** Weekdays and months (a closed class): a capitalised word that dates, not names ("the chain Monday said"). */
final class CalendarWords {
    private static final Set<String> WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

    private CalendarWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
