package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;

/**
 * Speaker shapes read from the seeds' speaker errors (docs/attribution.md, 2026-12-07 fourth
 * session), each on a sentence of its own.
 */
class SeedSpeakerShapesTest {
    private static Quote only(Document doc) {
        List<Quote> qs = doc.quotes().stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList();
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0);
    }

    private static String speakerText(Quote q) {
        assertNotNull(q.speakerText(), "no speaker for " + q);
        return q.speakerText();
    }

    @Test
    void aNameInsideTheQuoteIsNoAntecedentOfThePronounAfterIt() {
        Document doc = TestPipeline.run("Conservative writer Mary Keller, who died on Monday, left a final column.\n\n"
                + "“Donald Trump's visit to Mexico reminds me of an old trip to Geneva,” she wrote.");
        assertEquals("Mary Keller", speakerText(only(doc)));
    }

    @Test
    void aCapitalisedTitleAfterTheIsADescriptionOfThePersonWhoHoldsIt() {
        Document doc = TestPipeline.run("Hazel Brown said the plan was fair. "
                + "“The threat is most likely to come from abroad,” the Salford MP told the committee.");
        Quote q = only(doc);
        assertEquals("the Salford MP", q.speakerMention().of(doc.text()));
        assertEquals("Hazel Brown", speakerText(q));
    }

    @Test
    void aQuoteClosedByAFullStopTakesTheSpeakerBeforeItNotACueInTheNextSentence() {
        Document doc = TestPipeline.run("The council set its budget on Monday. Ann Lee said: \"This is a good deal for the town. "
                + "It is now a matter for the council.\" Tom Hart called the plan a failure.");
        assertEquals("Ann Lee", speakerText(only(doc)));
    }

    @Test
    void theNounThatEndsAnOrganisationsNameRefersBackToIt() {
        Document doc = TestPipeline.run("Shares in Northway Railways fell on Monday after a profit warning. "
                + "In a note to investors the railway said it faced \"a very difficult winter\" without new trains.");
        assertEquals("Northway Railways", speakerText(only(doc)));
    }
}
