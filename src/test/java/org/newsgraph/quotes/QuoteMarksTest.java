package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

/** Quoted stretches found from the marks alone, one paragraph per case. */
class QuoteMarksTest {
    private static List<QuoteMarks.Stretch> find(String text) {
        return QuoteMarks.find(text, List.of(new Span(0, text.length())), null);
    }

    private static String words(String text, QuoteMarks.Stretch s) {
        return s.content().of(text);
    }

    @Test
    void aQuoteWhoseParagraphsWereJoinedIsOneStretchPerReopeningMark() {
        String text = "The coach said: \"We lost the toss and the match. \"Our bowlers never settled! \"Next week we go again.\"";
        List<QuoteMarks.Stretch> found = find(text);
        assertEquals(3, found.size());
        assertEquals("We lost the toss and the match.", words(text, found.get(0)));
        assertEquals("Our bowlers never settled!", words(text, found.get(1)));
        assertEquals("Next week we go again.", words(text, found.get(2)));
        assertFalse(found.get(0).continuesFromPrevious());
        assertTrue(found.get(1).continuesFromPrevious(), "the same speaker's quote goes on");
        assertTrue(found.get(2).continuesFromPrevious());
    }

    @Test
    void aMarkAfterASentenceEndClosesWhenNoWordFollowsIt() {
        String text = "\"The river rose overnight. \" she wrote, and \"nobody was hurt.\"";
        List<QuoteMarks.Stretch> found = find(text);
        assertEquals(2, found.size());
        assertEquals("The river rose overnight.", words(text, found.get(0)));
        assertEquals("nobody was hurt.", words(text, found.get(1)));
        assertFalse(found.get(1).continuesFromPrevious());
    }

    @Test
    void twoClosedQuotesInARowAreTwoQuotesOfTheirOwn() {
        String text = "\"The vote is close.\" \"We will know by noon,\" the clerk said.";
        List<QuoteMarks.Stretch> found = find(text);
        assertEquals(2, found.size());
        assertEquals("We will know by noon,", words(text, found.get(1)));
        assertFalse(found.get(1).continuesFromPrevious());
    }
}
