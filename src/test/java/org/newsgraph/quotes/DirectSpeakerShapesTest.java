package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;

/**
 * Speaker shapes of marked quotes read from the errors on PolNeAR's training split
 * (docs/attribution.md, 2026-12-07 third session), each on a sentence of its own.
 */
class DirectSpeakerShapesTest {
    private static Quote only(Document doc) {
        List<Quote> qs = doc.quotes().stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList();
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0);
    }

    private static String speaker(Document doc, Quote q) {
        assertNotNull(q.speakerMention(), "no speaker for " + q.content().of(doc.text()));
        return q.speakerMention().of(doc.text());
    }

    @Test
    void aPartyMemberNamedByStateSpeaks() {
        Document doc = TestPipeline.run("\"The gap is too wide for her to close before the vote,\" said a Nevada Democrat.");
        assertEquals("a Nevada Democrat", speaker(doc, only(doc)));
    }

    @Test
    void aRelativeWhoBeforeTheCueIsTheMentionThatSpeaksForTheNameBeforeIt() {
        Document doc = TestPipeline.run("The bill was backed by Senator Alan Marsh, who says the reform is \"long overdue.\"");
        Quote q = only(doc);
        assertEquals("who", speaker(doc, q));
        assertTrue(q.speakerText().endsWith("Marsh"), q.speakerText());
    }

    @Test
    void aParagraphOfADashAndANameSignsTheQuoteBeforeIt() {
        Document doc = TestPipeline.run("Readers wrote in about the new bridge.\n\n\"We waited ten years for this and it is already falling apart.\"\n\n"
                + "- Mary Collins.\n\nThe council did not comment.");
        assertEquals("Mary Collins", speaker(doc, only(doc)));
    }

    @Test
    void aSourceNamedWithAccordingToIsTheOneTheQuoteIsReportedFrom() {
        Document doc = TestPipeline.run("\"We will not sign this deal,\" Peter Hale said at the meeting, according to the Daily Courier.");
        assertTrue(speaker(doc, only(doc)).endsWith("Daily Courier"), speaker(doc, only(doc)));
    }
}
