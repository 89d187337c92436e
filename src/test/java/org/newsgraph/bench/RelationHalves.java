package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.backend.opennlp.OpenNlpPairMaxent;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.ExpectedFiles;
import org.newsgraph.eval.Prf;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.relations.PairClassifier;
import org.newsgraph.relations.RelationModel;
import org.newsgraph.relations.RelationStage;

/**
 * Development harness (not a test): the relation classifier judged leave-one-half-out over the
 * seed halves. For each half H it trains on the other halves and the two sample seeds (never the
 * four PolNeAR dev seeds, {@code seeds/*_2016-09-*}) and scores H with the eval scorer, rules alone
 * and rules plus the pairs the classifier gives at each threshold. Run from the worktree root:
 * {@code java -cp target/test-classes:target/newsgraph.jar:$(cat target/classpath.txt) org.newsgraph.bench.RelationHalves [ITERATIONS CUTOFF]}.
 */
public final class RelationHalves {
    static final List<String> HALVES = List.of("seeds/bbc", "seeds/bbc-check", "seeds/bbc-tune2", "seeds/bbc-check2", "seeds/bbc-tune3",
            "seeds/bbc-check3", "seeds/polnear-tune4", "seeds/polnear-check4", "seeds/polnear-tune5");
    static final List<String> SAMPLES = List.of("seeds/000_52d8e67cf034335a.txt", "seeds/002_a4b618aeea5f0953.txt");
    static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    public static void main(String[] args) throws IOException {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int cutoff = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Pipeline pipeline = RelationTraining.pipelineWithoutRelations();
        RelationStage stage = new RelationStage(new Demonyms(new KbpGazetteers()));
        ArticleReader reader = new ArticleReader(PipelineConfig.DEFAULT_MAX_BYTES);
        Map<String, List<RelationTraining.Article>> halves = new LinkedHashMap<>();
        for (String h : HALVES) {
            if (Files.isDirectory(Path.of(h))) {
                halves.put(h, RelationTraining.load(articles(Path.of(h)), pipeline, stage, reader, System.err));
            }
        }
        List<RelationTraining.Article> samples = RelationTraining.load(SAMPLES.stream().map(Path::of).toList(), pipeline, stage, reader, System.err);
        Map<String, Integer> labelCounts = new java.util.TreeMap<>();
        halves.values().forEach(v -> v.forEach(a -> a.examples().forEach(e -> labelCounts.merge(e.label() + (e.features().contains("rule=none") ? " (no rule)" : ""), 1, Integer::sum))));
        System.out.println("pairs by label, all halves: " + labelCounts);
        PairClassifier.Trainer trainer = OpenNlpPairMaxent.trainer(iterations, cutoff);
        Prf rulesAll = new Prf(0, 0, 0);
        Prf[] modelAll = new Prf[THRESHOLDS.length];
        java.util.Arrays.fill(modelAll, new Prf(0, 0, 0));
        System.out.printf(Locale.ROOT, "GIS %d iterations, cutoff %d%n%-16s | rules            |", iterations, cutoff, "half");
        for (double t : THRESHOLDS) {
            System.out.printf(Locale.ROOT, " t=%.1f            |", t);
        }
        System.out.println();
        for (Map.Entry<String, List<RelationTraining.Article>> h : halves.entrySet()) {
            List<RelationTraining.Article> train = new ArrayList<>(samples);
            halves.forEach((k, v) -> {
                if (!k.equals(h.getKey())) {
                    train.addAll(v);
                }
            });
            PairClassifier c = RelationTraining.train(trainer, train);
            Prf rules = relations(RelationTraining.score(h.getValue(), stage));
            rulesAll = rulesAll.plus(rules);
            System.out.printf(Locale.ROOT, "%-16s | %s |", Path.of(h.getKey()).getFileName(), show(rules));
            for (int i = 0; i < THRESHOLDS.length; i++) {
                Prf m = relations(RelationTraining.score(h.getValue(), stage.withModel(new RelationModel(c, THRESHOLDS[i], ""))));
                modelAll[i] = modelAll[i].plus(m);
                System.out.printf(Locale.ROOT, " %s |", show(m));
            }
            System.out.println();
        }
        System.out.printf(Locale.ROOT, "%-16s | %s |", "pooled", show(rulesAll));
        for (Prf m : modelAll) {
            System.out.printf(Locale.ROOT, " %s |", show(m));
        }
        System.out.println();
    }

    static Prf relations(Evaluation e) {
        return e.totals().getOrDefault("relations overall", new Prf(0, 0, 0));
    }

    static String show(Prf p) {
        return String.format(Locale.ROOT, "%.3f %3d/%2d/%3d", p.f1(), p.tp(), p.fp(), p.fn());
    }

    static List<Path> articles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).filter(ExpectedFiles::exists).sorted().toList();
        }
    }
}
