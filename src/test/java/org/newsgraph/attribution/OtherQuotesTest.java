package org.newsgraph.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;

/** The indexes give the answers of the scans they replace, on random, nested and repeated quotes. */
class OtherQuotesTest {
    @Test
    void indexedAnswersEqualTheScans() {
        String text = "Officials in Berlin said on Monday that the budget was ready. Merkel said it would pass. ".repeat(8);
        Document doc = TestPipeline.run(text);
        TokenView v = new TokenView(doc);
        Random r = new Random(21);
        for (int round = 0; round < 200; round++) {
            List<Quote> all = new ArrayList<>();
            int n = 1 + r.nextInt(12);
            for (int i = 0; i < n; i++) {
                Span content = i > 0 && r.nextInt(5) == 0 ? all.get(r.nextInt(i)).content() : span(r, text.length(), 1 + r.nextInt(200));
                QuoteKind kind = r.nextBoolean() ? QuoteKind.INDIRECT : QuoteKind.DIRECT;
                String speaker = r.nextInt(3) == 0 ? null : "e" + r.nextInt(3);
                all.add(new Quote(content, kind, null, null, null, speaker));
            }
            OtherQuotes others = new OtherQuotes(v, all);
            for (Quote q : all) {
                Span c = q.content();
                long nested = all.stream().filter(o -> o != q && (o.content().contains(c) || c.contains(o.content()))).count();
                assertEquals(Math.min(2, nested), others.nestedWith(q), "nested, round " + round);
                int sentence = v.sentence(c.begin());
                long same = all.stream().filter(o -> o != q && o.kind() == QuoteKind.INDIRECT && v.sentence(o.content().begin()) == sentence).count();
                assertEquals(same, others.indirectInSentence(q, sentence), "same sentence, round " + round);
                for (int k = 0; k < 5; k++) {
                    Span m = span(r, text.length(), 1 + r.nextInt(15));
                    assertEquals(all.stream().anyMatch(o -> o != q && o.content().contains(m)), others.inOtherThan(q, m), "in other, round " + round);
                    String id = r.nextInt(4) == 0 ? null : "e" + r.nextInt(4);
                    assertEquals(all.stream().anyMatch(o -> o != q && id != null && id.equals(o.speakerEntityId())),
                            others.spokenElsewhereBy(q, id), "speaks elsewhere, round " + round);
                }
            }
        }
    }

    private static Span span(Random r, int length, int width) {
        int b = r.nextInt(length - 1);
        return new Span(b, Math.min(length, b + width));
    }
}
