package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.List;
import org.newsgraph.config.LearnedModels;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.quotes.QuoteStage;
import org.newsgraph.read.ArticleReader;

/** Development harness (not a test): prints each quote of the given articles with the rules' and the model's speaker. Args: FILE... */
public final class QuoteDump {
    public static void main(String[] args) throws Exception {
        Pipeline pre = PipelineFactory.build(new PipelineConfig(List.of("language", "layout", "tokens", "pos", "ner", "entities"),
                "corenlp", PipelineConfig.DEFAULT_MAX_BYTES), false);
        Demonyms demonyms = new Demonyms(new KbpGazetteers());
        QuoteStage rules = new QuoteStage(new AttributionLexicon(), demonyms, null);
        QuoteStage learned = new QuoteStage(new AttributionLexicon(), demonyms, LearnedModels.attribution());
        for (String f : args) {
            Document doc = pre.run(new ArticleReader(10_000_000).read(Path.of(f)));
            List<Quote> r = rules.process(doc).quotes(), l = learned.process(doc).quotes();
            System.out.println("=== " + f);
            for (Quote q : l) {
                Quote rq = r.stream().filter(x -> x.content().equals(q.content())).findFirst().orElse(null);
                String c = q.content().of(doc.text()).replace('\n', ' ');
                System.out.printf("%s [%s] %s%n   model: %s%n   rules: %s%n", q.kind(), q.content().begin(), c.length() > 90 ? c.substring(0, 90) + "…" : c,
                        who(doc, q), rq == null ? "-" : who(doc, rq));
            }
        }
    }

    private static String who(Document doc, Quote q) {
        return "cue=" + of(doc, q.cue()) + " mention=" + of(doc, q.speakerMention()) + " text=" + q.speakerText() + " id=" + q.speakerEntityId();
    }

    private static String of(Document doc, Span s) {
        return s == null ? "null" : "'" + s.of(doc.text()) + "'@" + s.begin();
    }
}
