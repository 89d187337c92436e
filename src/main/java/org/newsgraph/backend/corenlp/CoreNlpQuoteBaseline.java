package org.newsgraph.backend.corenlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsgraph.model.Span;

/**
 * CoreNLP's own quote annotator with attribution, run as its users run it, for the PolNeAR
 * comparison only. Not thread-safe (QuoteAttributionAnnotator is not): one caller at a time.
 */
public final class CoreNlpQuoteBaseline {
    /** A quote CoreNLP found: the words between the marks and the speaker mention, if any. */
    public record FoundQuote(Span content, Span speaker) {
    }

    private final StanfordCoreNLP pipeline;

    public CoreNlpQuoteBaseline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        pipeline = new StanfordCoreNLP(props);
    }

    public List<FoundQuote> quotes(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        List<FoundQuote> out = new ArrayList<>();
        for (CoreQuote q : doc.quotes()) {
            Pair<Integer, Integer> offsets = q.quoteCharOffsets();
            int b = offsets.first() + 1;
            int e = offsets.second() - 1;
            if (e <= b) {
                continue;
            }
            Span speaker = q.speakerCharOffsets().map(p -> new Span(p.first(), p.second())).orElse(null);
            out.add(new FoundQuote(new Span(b, e), speaker));
        }
        return out;
    }
}
