package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.quotes.QuoteCases.doc;
import static org.newsgraph.quotes.QuoteCases.onlyIndirect;
import static org.newsgraph.quotes.QuoteCases.quotes;
import static org.newsgraph.quotes.QuoteCases.speakerName;
import static org.newsgraph.quotes.QuoteCases.words;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/** Sources described by what they are close to, and a quoted transcript line naming its speaker. */
class ReportedSourcesTest {
    @Test
    void sourcesDescribedByWhatTheyAreCloseTo() {
        assertEquals("People familiar with the matter", onlyIndirect("People familiar with the matter said the deal was off for now.")
                .speakerMention().of(doc().text()));
        assertEquals("Those close to him", onlyIndirect("Those close to him say that he will run for the seat.")
                .speakerMention().of(doc().text()));
    }

    @Test
    void aQuotedTranscriptLineNamesItsSpeaker() {
        List<Quote> qs = quotes("Chris Wallace interviewed Mike Pence on Sunday.\n\n"
                + "\"WALLACE: Will Gennifer Flowers be there?\n\n\"PENCE: Gennifer Flowers will not be attending the debate.\"");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("Will Gennifer Flowers be there?", words(qs.get(0)));
        assertEquals("Chris Wallace", speakerName(qs.get(0)));
        assertEquals("Gennifer Flowers will not be attending the debate.", words(qs.get(1)));
        assertEquals("Mike Pence", speakerName(qs.get(1)));
    }
}
