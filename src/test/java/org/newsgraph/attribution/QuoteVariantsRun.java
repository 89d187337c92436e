package org.newsgraph.attribution;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.bench.ErrorList;
import org.newsgraph.bench.PolnearBenchmark;
import org.newsgraph.bench.PolnearGold;
import org.newsgraph.config.LearnedModels;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.model.Document;
import org.newsgraph.quotes.QuoteStage;

/** The per-variant half of {@link QuoteVariantsServer}, loaded afresh from each build. */
public final class QuoteVariantsRun {
    private QuoteVariantsRun() {
    }

    @SuppressWarnings("unchecked")
    public static String run(Map<String, Object> in) throws Exception {
        String out = (String) in.get("out");
        QuoteStage stage = new QuoteStage(new AttributionLexicon(), new Demonyms(new KbpGazetteers()), null);
        List<AttributionTrainer.Annotated> train = annotate(stage, (Path) in.get("trainDir"), (List<String>) in.get("trainNames"), (List<Document>) in.get("trainDocs"));
        List<AttributionTrainer.Annotated> dev = annotate(stage, (Path) in.get("devDir"), (List<String>) in.get("devNames"), (List<Document>) in.get("devDocs"));
        Path trainDir = (Path) in.get("trainDir"), devDir = (Path) in.get("devDir");
        AttributionTrainer trainer = LearnedModels.attributionTrainer(false);
        StringBuilder sb = new StringBuilder();
        PolnearBenchmark.Result rules = null, learned = null;
        int folds = 5;
        try (PrintWriter r = new PrintWriter(Files.newBufferedWriter(Path.of(out + ".rules.txt"), StandardCharsets.UTF_8));
             PrintWriter l = new PrintWriter(Files.newBufferedWriter(Path.of(out + ".cv.txt"), StandardCharsets.UTF_8))) {
            for (int k = 0; k < folds; k++) {
                List<AttributionTrainer.Annotated> tr = new ArrayList<>(), te = new ArrayList<>();
                for (int i = 0; i < train.size(); i++) {
                    (i % folds == k ? te : tr).add(train.get(i));
                }
                AttributionModel model = trainer.train(tr, "fold " + k).withThreshold(0);
                PolnearBenchmark.Result a = score(trainDir, (List<String>) in.get("trainNames"), train, te, null, new ErrorList(r));
                PolnearBenchmark.Result b = score(trainDir, (List<String>) in.get("trainNames"), train, te, model, new ErrorList(l));
                rules = rules == null ? a : PolnearBenchmark.sum(rules, a);
                learned = learned == null ? b : PolnearBenchmark.sum(learned, b);
            }
        }
        AttributionModel full = trainer.train(train, "all").withThreshold(0);
        PolnearBenchmark.Result devRules, devLearned;
        try (PrintWriter r = new PrintWriter(Files.newBufferedWriter(Path.of(out + ".devrules.txt"), StandardCharsets.UTF_8));
             PrintWriter l = new PrintWriter(Files.newBufferedWriter(Path.of(out + ".dev.txt"), StandardCharsets.UTF_8))) {
            devRules = score(devDir, (List<String>) in.get("devNames"), dev, dev, null, new ErrorList(r));
            devLearned = score(devDir, (List<String>) in.get("devNames"), dev, dev, full, new ErrorList(l));
        }
        line(sb, "train rules", rules);
        line(sb, "CV", learned);
        line(sb, "dev rules", devRules);
        line(sb, "dev model", devLearned);
        return sb.toString();
    }

    private static void line(StringBuilder sb, String what, PolnearBenchmark.Result x) {
        sb.append(String.format(Locale.ROOT, "%-11s direct F1 %.3f speakers %.4f (%d/%d); reported F1 %.3f speakers %.4f (%d/%d)%n",
                what, x.direct().f1(), x.directSpeakerAccuracy(), x.directSpeakersRight(), x.directMatched(),
                x.indirect().f1(), x.indirectSpeakerAccuracy(), x.indirectSpeakersRight(), x.indirectMatched()));
    }

    private static List<AttributionTrainer.Annotated> annotate(QuoteStage stage, Path dir, List<String> names, List<Document> docs) throws Exception {
        Map<String, Path> ann = PolnearGold.annotations(dir);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<AttributionTrainer.Annotated>> pending = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                Document doc = docs.get(i);
                pending.add(pool.submit(() -> new AttributionTrainer.Annotated(stage.process(doc),
                        PolnearGold.gold(ann.get(name), Files.readString(dir.resolve("text").resolve(name + ".txt"), StandardCharsets.UTF_8)))));
            }
            List<AttributionTrainer.Annotated> out = new ArrayList<>();
            for (Future<AttributionTrainer.Annotated> f : pending) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    private static PolnearBenchmark.Result score(Path dir, List<String> names, List<AttributionTrainer.Annotated> all,
                                                 List<AttributionTrainer.Annotated> subset, AttributionModel model, ErrorList errors) throws java.io.IOException {
        Map<Path, Document> byText = new HashMap<>();
        java.util.Set<AttributionTrainer.Annotated> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keep.addAll(subset);
        for (int i = 0; i < all.size(); i++) {
            if (keep.contains(all.get(i))) {
                byText.put(dir.resolve("text").resolve(names.get(i) + ".txt"), all.get(i).rules());
            }
        }
        return PolnearBenchmark.run(dir, file -> {
            Document doc = byText.get(file);
            return doc == null ? null : model == null ? doc.quotes() : model.apply(doc, doc.quotes());
        }, errors);
    }
}
