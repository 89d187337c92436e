package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import org.newsgraph.backend.opennlp.OpenNlpMaxent;
import org.newsgraph.bench.AttributionExperiment;
import org.newsgraph.bench.PolnearBenchmark;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.model.*;

/**
 * Development harness (not a test): how the verb proposals' sources are chosen. The rules run once
 * over polnear-train and dev; per fold the proposal classifier is trained once and the speaker
 * ranker once per variant (with or without the proposals' examples); each variant is
 * scored with the `bench polnear` scorer, 5-fold on train and trained on all of train for dev.
 * Args: trainDir devDir. (Variants of features and thresholds measured with it: docs/attribution.md.)
 */
public final class ProposalSpeakersExperiment {
    record Variant(String name, boolean proposalExamples) {}

    static final BinaryClassifier KEEP_ALL = ConstantClassifier.of(1);

    static List<BinaryClassifier.Example> speakerExamples(List<AttributionExperiment.Article> arts, boolean proposals) {
        AttributionLexicon lex = new AttributionLexicon();
        List<BinaryClassifier.Example> out = new ArrayList<>();
        for (AttributionExperiment.Article a : arts) {
            Document d = a.annotated().rules();
            List<GoldAttribution> gold = a.annotated().gold();
            TokenView v = new TokenView(d);
            SpeakerCandidates candidates = new SpeakerCandidates(v, lex::wordClass);
            OtherQuotes others = new OtherQuotes(v, d.quotes());
            for (Quote q : d.quotes()) {
                GoldAttribution g = AttributionTrainer.match(q, gold);
                if (g != null) out.addAll(SpeakerRanker.examples(v, candidates, q, others, g));
            }
            if (proposals) {
                TokenTable t = new TokenTable(d, d.quotes(), lex::wordClass);
                for (Quote q : ReportedCues.matched(t, ReportedCues.proposals(t), d.quotes(), gold)) out.addAll(SpeakerRanker.examples(v, candidates, q, others, AttributionTrainer.match(q, gold)));
            }
        }
        return out;
    }

    static List<BinaryClassifier.Example> cueExamples(List<AttributionExperiment.Article> arts) {
        AttributionLexicon lex = new AttributionLexicon();
        List<BinaryClassifier.Example> out = new ArrayList<>();
        for (AttributionExperiment.Article a : arts) {
            Document d = a.annotated().rules();
            out.addAll(ReportedCues.examples(new TokenTable(d, d.quotes(), lex::wordClass), d.quotes(), a.annotated().gold()));
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path train = Path.of(args[0]), dev = Path.of(args[1]);
        List<Variant> variants = List.of(new Variant("rules' examples only", false), new Variant("and the proposals'", true));
        var pipeline = PipelineFactory.build(PipelineConfig.defaults(), false);
        long t0 = System.nanoTime();
        List<AttributionExperiment.Article> dv = AttributionExperiment.load(dev, pipeline, 2, System.err);
        List<AttributionExperiment.Article> tr = AttributionExperiment.load(train, pipeline, 2, System.err);
        System.err.printf("rules over %d + %d articles in %.0f s%n", tr.size(), dv.size(), (System.nanoTime() - t0) / 1e9);
        BinaryClassifier.Trainer learner = OpenNlpMaxent.trainer(100, 2);
        AttributionLexicon lex = new AttributionLexicon();
        int folds = 5;
        Map<String, PolnearBenchmark.Result> cv = new LinkedHashMap<>();
        for (int k = 0; k <= folds; k++) {
            List<AttributionExperiment.Article> in0 = new ArrayList<>(), out0 = new ArrayList<>();
            for (int i = 0; i < tr.size(); i++) (i % folds != k ? in0 : out0).add(tr.get(i));
            List<AttributionExperiment.Article> in = k == folds ? tr : in0, out = k == folds ? dv : out0;
            BinaryClassifier cues = learner.train(cueExamples(in));
            for (Variant var : variants) {
                BinaryClassifier ranker = learner.train(speakerExamples(in, var.proposalExamples()));
                AttributionModel m = new AttributionModel(KEEP_ALL, ranker, null, cues, AttributionTrainer.CUE_THRESHOLD, lex::wordClass, 0, var.name());
                PolnearBenchmark.Result r = AttributionExperiment.score(k == folds ? dev : train, out, m);
                if (k == folds) {
                    System.out.println("dev " + var.name() + ": " + TaggerExperiment.fig(r));
                } else {
                    cv.merge(var.name(), r, PolnearBenchmark::sum);
                }
            }
            System.err.printf("fold %d done at %.0f s%n", k, (System.nanoTime() - t0) / 1e9);
            if (k == folds - 1) cv.forEach((n, r) -> System.out.println("CV " + n + ": " + TaggerExperiment.fig(r)));
        }
    }
}
