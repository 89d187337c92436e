package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;

/** The quote stage's test cases run one text through the pipeline and read its quotes; the last text's document stays for the assertions on offsets. */
final class QuoteCases {
    private static Document doc;

    private QuoteCases() {
    }

    static Document doc() {
        return doc;
    }

    static List<Quote> quotes(String text) {
        doc = TestPipeline.run(text);
        return doc.quotes();
    }

    static Quote only(String text) {
        List<Quote> qs = quotes(text).stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList();
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0);
    }

    static String speakerName(Quote q) {
        assertNotNull(q.speakerEntityId(), "no speaker entity for " + q);
        return doc.entities().byId(q.speakerEntityId()).map(Entity::name).orElseThrow();
    }

    static String words(Quote q) {
        return q.content().of(doc.text());
    }

    static Quote onlyIndirect(String text) {
        List<Quote> qs = quotes(text).stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0);
    }

    static Quote withCue(List<Quote> qs, String cue) {
        return qs.stream().filter(x -> x.cue() != null && x.cue().of(doc.text()).equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with cue " + cue + " in " + qs));
    }
}
