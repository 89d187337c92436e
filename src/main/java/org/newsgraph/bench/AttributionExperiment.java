package org.newsgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.attribution.AttributionModel;
import org.newsgraph.attribution.AttributionTrainer;
import org.newsgraph.model.Document;
import org.newsgraph.pipeline.ArticleSkipped;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ArticleRejected;

/**
 * Training and cross-validating the attribution model on a PolNeAR-format folder. The rules run
 * once over every article; each fold's model is trained on the other folds' articles and
 * scored, with the rules alone beside it, by {@link PolnearBenchmark} on its own articles.
 * Folds are drawn by article name (the i-th in name order goes to fold i mod k), so they are
 * the same on every run.
 */
public final class AttributionExperiment {
    /**
     * The reported-speech thresholds a cross-validation tries (0: no filter). On 2026-12-03 every
     * threshold from 0.15 to 0.5 lowered the cross-validated F1, so only 0 and 0.3 are tried now:
     * each threshold costs a tagging of every held-out article.
     */
    public static final List<Double> THRESHOLDS = List.of(0.0, 0.3);

    private AttributionExperiment() {
    }

    /** One annotated article with the rules' layers (their quotes are the model's candidates). */
    public record Article(String name, Path text, AttributionTrainer.Annotated annotated) {
    }

    /** Summed over the folds: the rules alone, and the model at each threshold tried. */
    public record CrossValidation(PolnearBenchmark.Result rules, Map<Double, PolnearBenchmark.Result> learned, int folds) {
        /** The threshold with the best reported-speech F1 over the folds. */
        public double bestThreshold() {
            return learned.entrySet().stream().max(java.util.Comparator.comparingDouble(e -> e.getValue().indirect().f1())).orElseThrow().getKey();
        }
    }

    /** Runs the rules-only pipeline over every annotated article of {@code dir}, in name order. */
    public static List<Article> load(Path dir, Pipeline rulesOnly, int threads, PrintStream progress) throws IOException {
        Map<String, Path> annotations = PolnearGold.annotations(dir);
        ArticleReader reader = new ArticleReader(10_000_000);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            Map<String, Future<Article>> pending = new TreeMap<>();
            for (Map.Entry<String, Path> e : annotations.entrySet()) {
                Path text = dir.resolve("text").resolve(e.getKey() + ".txt");
                if (!Files.exists(text)) {
                    continue;
                }
                pending.put(e.getKey(), pool.submit(() -> {
                    String raw = Files.readString(text, StandardCharsets.UTF_8);
                    try {
                        Document doc = rulesOnly.run(reader.read(text));
                        return new Article(e.getKey(), text, new AttributionTrainer.Annotated(doc, PolnearGold.gold(e.getValue(), raw)));
                    } catch (ArticleRejected | ArticleSkipped skipped) {
                        return null;
                    }
                }));
            }
            List<Article> out = new ArrayList<>();
            int done = 0;
            for (Future<Article> f : pending.values()) {
                Article a = f.get();
                if (a != null) {
                    out.add(a);
                }
                if (++done % 100 == 0) {
                    progress.println("  rules run over " + done + "/" + pending.size() + " articles");
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an article failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    public static AttributionModel train(AttributionTrainer trainer, List<Article> articles, String note) {
        return trainer.train(articles.stream().map(Article::annotated).toList(), note);
    }

    /** The rules alone (model null) or with the model, scored on {@code articles} of {@code dir}. */
    public static PolnearBenchmark.Result score(Path dir, List<Article> articles, AttributionModel model) throws IOException {
        Map<Path, Document> byText = new java.util.HashMap<>();
        articles.forEach(a -> byText.put(a.text(), a.annotated().rules()));
        return PolnearBenchmark.run(dir, file -> {
            Document doc = byText.get(file);
            return doc == null ? null : model == null ? doc.quotes() : model.apply(doc, doc.quotes());
        });
    }

    public static CrossValidation crossValidate(Path dir, AttributionTrainer trainer, List<Article> articles, int folds,
                                                List<Double> thresholds, PrintStream progress) throws IOException {
        PolnearBenchmark.Result rules = null;
        Map<Double, PolnearBenchmark.Result> learned = new TreeMap<>();
        for (int k = 0; k < folds; k++) {
            List<Article> train = new ArrayList<>(), test = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                (i % folds == k ? test : train).add(articles.get(i));
            }
            AttributionModel model = train(trainer, train, "fold " + k);
            PolnearBenchmark.Result r = score(dir, test, null);
            rules = rules == null ? r : PolnearBenchmark.sum(rules, r);
            for (double t : thresholds) {
                PolnearBenchmark.Result l = score(dir, test, model.withThreshold(t));
                progress.printf(java.util.Locale.ROOT, "  fold %d, threshold %.2f: %d articles; indirect F1 rules %.3f, learned %.3f; "
                                + "direct speakers rules %.3f, learned %.3f%n",
                        k, t, test.size(), r.indirect().f1(), l.indirect().f1(), r.directSpeakerAccuracy(), l.directSpeakerAccuracy());
                learned.merge(t, l, PolnearBenchmark::sum);
            }
        }
        return new CrossValidation(rules, learned, folds);
    }

    static void check(Path dir) {
        if (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("attributions"))) {
            throw new UncheckedIOException(new IOException(dir + ": not a PolNeAR-format folder (expected text/ and attributions/)"));
        }
    }
}
