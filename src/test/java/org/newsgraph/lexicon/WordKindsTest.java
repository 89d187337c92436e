package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Word lists by kind, as the attribution rules read clause-words.tsv and time-words.tsv. */
class WordKindsTest {
    @Test
    void eachWordIsListedUnderEveryKindItsLineNames() {
        WordKinds words = new WordKinds("clause-words.tsv", List.of("auxiliary", "not-name", "not-clause", "not-object",
                "clause-break", "adjunct", "not-participle", "source", "writer-verb"));
        assertTrue(words.get("source").contains("according to"));
        assertTrue(words.get("auxiliary").contains("has also"), "a two-word entry stays one entry");
        assertTrue(words.get("not-clause").contains("up") && words.get("not-object").contains("up"));
        assertFalse(words.get("auxiliary").contains("up"));
    }

    @Test
    void aKindInTheFileTheCodeDoesNotDeclareIsAnErrorNamingTheFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WordKinds("clause-words.tsv", List.of("auxiliary")));
        assertTrue(e.getMessage().startsWith("clause-words.tsv: unknown kind"), e.getMessage());
    }

    @Test
    void askingForAnUndeclaredKindIsAnError() {
        WordKinds times = new WordKinds("time-words.tsv", List.of("time", "noun", "month", "weekday", "medium", "abbreviation",
                "circumstance", "month-part"));
        assertEquals(true, times.get("abbreviation").contains("sept."));
        assertThrows(IllegalArgumentException.class, () -> times.get("season"));
    }

    @Test
    void oneYearShape() {
        assertTrue(Years.isYear("1851") && Years.isYear("2016"));
        assertFalse(Years.isYear("3000") || Years.isYear("1500") || Years.isYear("20166"));
        assertTrue(Years.mentionsYear("Published 12 March 2016"));
        assertFalse(Years.mentionsYear("Call 020161234"));
    }
}
