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
}
