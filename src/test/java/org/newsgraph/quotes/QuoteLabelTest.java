package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.quotes.QuoteCases.quotes;
import static org.newsgraph.quotes.QuoteCases.words;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/** A few quoted words ending in a colon, alone in their paragraph, label what follows. */
class QuoteLabelTest {
    @Test
    void aQuotedLabelAloneInItsParagraphIsNobodysWords() {
        List<Quote> qs = quotes("“We will rebuild the pier by summer,” the mayor said.\n“See also:”\nHarbour plans approved");
        assertEquals(1, qs.size());
        assertEquals("We will rebuild the pier by summer,", words(qs.get(0)));
    }

    @Test
    void wordsEndingInAColonThatGoOnInTheParagraphAreStillAQuote() {
        List<Quote> qs = quotes("The mayor was blunt. “Here is my answer:” she tore up the letter.");
        assertTrue(qs.stream().anyMatch(q -> words(q).startsWith("Here is my answer")));
    }
}
