package org.newsgraph.attribution;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.bench.AttributionExperiment;
import org.newsgraph.bench.ErrorList;
import org.newsgraph.bench.PolnearBenchmark;
import org.newsgraph.config.LearnedModels;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;

/**
 * Development harness (not a test): 5-fold cross-validation on a PolNeAR folder as
 * {@code train attribution --cross-validate 5} does it (threshold 0, the shipped one), writing
 * every error of the rules alone and of the held-out model to {@code OUT.rules.txt} and
 * {@code OUT.cv.txt}, so the speaker errors read are the ones the shipped pipeline makes on
 * articles its ranker did not train on. Args: DIR OUT [FOLDS].
 */
public final class DirectSpeakerErrors {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String out = args[1];
        int folds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<AttributionExperiment.Article> articles = AttributionExperiment.load(dir,
                PipelineFactory.build(PipelineConfig.defaults(), false), 2, System.err);
        AttributionTrainer trainer = LearnedModels.attributionTrainer(false);
        PolnearBenchmark.Result rules = null, learned = null;
        try (PrintWriter r = new PrintWriter(Files.newBufferedWriter(Path.of(out + ".rules.txt"), StandardCharsets.UTF_8));
             PrintWriter l = new PrintWriter(Files.newBufferedWriter(Path.of(out + ".cv.txt"), StandardCharsets.UTF_8))) {
            for (int k = 0; k < folds; k++) {
                List<AttributionExperiment.Article> train = new ArrayList<>(), test = new ArrayList<>();
                for (int i = 0; i < articles.size(); i++) {
                    (i % folds == k ? test : train).add(articles.get(i));
                }
                AttributionModel model = AttributionExperiment.train(trainer, train, "fold " + k).withThreshold(0);
                PolnearBenchmark.Result a = score(dir, test, null, new ErrorList(r));
                PolnearBenchmark.Result b = score(dir, test, model, new ErrorList(l));
                rules = rules == null ? a : PolnearBenchmark.sum(rules, a);
                learned = learned == null ? b : PolnearBenchmark.sum(learned, b);
                System.err.printf(Locale.ROOT, "fold %d: direct speakers rules %d/%d, learned %d/%d%n", k,
                        a.directSpeakersRight(), a.directMatched(), b.directSpeakersRight(), b.directMatched());
            }
        }
        for (PolnearBenchmark.Result x : List.of(rules, learned)) {
            System.out.printf(Locale.ROOT, "%s: direct F1 %.3f, speakers %.4f (%d/%d); indirect F1 %.3f, speakers %.4f (%d/%d)%n",
                    x == rules ? "rules" : "CV", x.direct().f1(), x.directSpeakerAccuracy(), x.directSpeakersRight(), x.directMatched(),
                    x.indirect().f1(), x.indirectSpeakerAccuracy(), x.indirectSpeakersRight(), x.indirectMatched());
        }
    }

    private static PolnearBenchmark.Result score(Path dir, List<AttributionExperiment.Article> articles, AttributionModel model,
                                                 ErrorList errors) throws java.io.IOException {
        java.util.Map<Path, org.newsgraph.model.Document> byText = new java.util.HashMap<>();
        articles.forEach(a -> byText.put(a.text(), a.annotated().rules()));
        return PolnearBenchmark.run(dir, file -> {
            org.newsgraph.model.Document doc = byText.get(file);
            return doc == null ? null : model == null ? doc.quotes() : model.apply(doc, doc.quotes());
        }, errors);
    }
}
