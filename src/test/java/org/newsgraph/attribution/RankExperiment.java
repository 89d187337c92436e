package org.newsgraph.attribution;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.*;
import org.newsgraph.backend.opennlp.OpenNlpMaxent;
import org.newsgraph.bench.PolnearBenchmark;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quote;

/** Development harness (not a test), run by bench.RankHarness: cross-validates the speaker ranker on train, scores dev. */
public final class RankExperiment {
    static java.util.function.UnaryOperator<String> WORDS;
    @SuppressWarnings("unchecked")
    public static void run(List<Object[]> tr, List<Object[]> dv, Path trainDir, Path devDir, String spec, PrintStream out) throws Exception {
        Map<String, String> p = new HashMap<>();
        for (String kv : spec.split(";")) {
            String[] x = kv.split("=", 2);
            if (x.length == 2) p.put(x[0].trim(), x[1].trim());
        }
        SpeakerCandidates.flags = new HashSet<>(Arrays.asList(p.getOrDefault("flags", "").split(",")));
        SpeakerCandidates.max = Integer.parseInt(p.getOrDefault("max", "8"));
        int iters = Integer.parseInt(p.getOrDefault("iters", "100")), cutoff = Integer.parseInt(p.getOrDefault("cutoff", "2"));
        double[] margins = Arrays.stream(p.getOrDefault("margins", "0").split(",")).mapToDouble(Double::parseDouble).toArray();
        double[] imargins = Arrays.stream(p.getOrDefault("imargins", "0").split(",")).mapToDouble(Double::parseDouble).toArray();
        WORDS = new AttributionLexicon()::wordClass;
        double[] unattr = Arrays.stream(p.getOrDefault("unattr", "2").split(",")).mapToDouble(Double::parseDouble).toArray();
        out.println("spec: " + spec);
        BinaryClassifier.Trainer trainer = OpenNlpMaxent.trainer(iters, cutoff);
        int folds = 5;
        Map<String, Map<Path, List<Quote>>> cv = new TreeMap<>();
        Map<Path, List<Quote>> rules = new HashMap<>();
        if (!p.getOrDefault("cv", "1").equals("0")) {
            for (int k = 0; k < folds; k++) {
                List<Object[]> train = new ArrayList<>(), test = new ArrayList<>();
                for (int i = 0; i < tr.size(); i++) (i % folds == k ? test : train).add(tr.get(i));
                long t0 = System.nanoTime();
                List<BinaryClassifier.Example> ex = examples(train);
                BinaryClassifier model = trainer.train(ex);
                out.printf(Locale.ROOT, "fold %d: %d examples, trained in %.0f s%n", k, ex.size(), (System.nanoTime() - t0) / 1e9);
                for (Object[] a : test) rules.put((Path) a[0], ((Document) a[1]).quotes());
                apply(model, test, margins, imargins, unattr, cv);
            }
            out.println("CV rules: " + fig(PolnearBenchmark.run(trainDir, rules::get)));
            for (var e : cv.entrySet()) out.println("CV " + e.getKey() + ": " + fig(PolnearBenchmark.run(trainDir, e.getValue()::get)));
        }
        if (!p.getOrDefault("dev", "1").equals("0")) {
            BinaryClassifier model = trainer.train(examples(tr));
            Map<String, Map<Path, List<Quote>>> dev = new TreeMap<>();
            rules.clear();
            for (Object[] a : dv) rules.put((Path) a[0], ((Document) a[1]).quotes());
            apply(model, dv, margins, imargins, unattr, dev);
            out.println("dev rules: " + fig(PolnearBenchmark.run(devDir, rules::get)));
            if (p.containsKey("diag")) diag(dv, dev.values().iterator().next(), out);
            for (var e : dev.entrySet()) out.println("dev " + e.getKey() + ": " + fig(PolnearBenchmark.run(devDir, e.getValue()::get)));
        }
    }

    @SuppressWarnings("unchecked")
    static List<BinaryClassifier.Example> examples(List<Object[]> arts) {
        List<BinaryClassifier.Example> out = new ArrayList<>();
        for (Object[] a : arts) {
            Document d = (Document) a[1];
            List<GoldAttribution> gold = (List<GoldAttribution>) a[2];
            TokenView v = new TokenView(d);
            SpeakerCandidates cands = new SpeakerCandidates(v, WORDS);
            OtherQuotes others = new OtherQuotes(v, d.quotes());
            for (Quote q : d.quotes()) {
                GoldAttribution g = match(q, gold);
                if (g != null) out.addAll(SpeakerRanker.examples(v, cands, q, others, g));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static void diag(List<Object[]> arts, Map<Path, List<Quote>> changed, PrintStream out) {
        int gain = 0, loss = 0;
        for (Object[] a : arts) {
            Document d = (Document) a[1];
            String text = d.text();
            List<GoldAttribution> gold = (List<GoldAttribution>) a[2];
            List<Quote> before = d.quotes(), after = changed.get((Path) a[0]);
            for (int i = 0; i < before.size(); i++) {
                Quote b = before.get(i), x = after.get(i);
                if (Objects.equals(b.speakerMention(), x.speakerMention())) continue;
                GoldAttribution g = match(b, gold);
                if (g == null) continue;
                boolean rb = b.speakerMention() != null && g.isSource(b.speakerMention()), rx = x.speakerMention() != null && g.isSource(x.speakerMention());
                if (rb == rx) continue;
                if (rx) gain++; else loss++;
                int s = Math.max(0, Math.min(b.content().begin(), x.speakerMention() == null ? b.content().begin() : x.speakerMention().begin()) - 120);
                int e = Math.min(text.length(), b.content().end() + 120);
                out.printf("%s %s | rule: %s | ranker: %s | gold: %s%n   %s%n", rx ? "GAIN" : "LOSS", b.kind(),
                        b.speakerMention() == null ? "-" : b.speakerMention().of(text), x.speakerMention() == null ? "-" : x.speakerMention().of(text),
                        g.sources().stream().map(z -> z.of(text)).toList(), text.substring(s, e).replace('\n', ' '));
            }
        }
        out.println("gains " + gain + " losses " + loss);
    }

    static GoldAttribution match(Quote q, List<GoldAttribution> gold) {
        boolean direct = q.kind() != org.newsgraph.model.QuoteKind.INDIRECT;
        double bar = direct ? AttributionTrainer.DIRECT_OVERLAP : AttributionTrainer.REPORTED_OVERLAP;
        GoldAttribution best = null;
        double bestShare = 0;
        for (GoldAttribution g : gold) {
            double share = g.overlapShare(q.content());
            if (g.direct() == direct && share >= bar && share > bestShare) {
                best = g;
                bestShare = share;
            }
        }
        return best;
    }

    static void apply(BinaryClassifier model, List<Object[]> arts, double[] margins, double[] imargins, double[] unattr, Map<String, Map<Path, List<Quote>>> into) {
        for (double mg : margins) for (double img : imargins) {
            for (double un : unattr) {
                SpeakerRanker.margin = mg;
                SpeakerRanker.indirectMargin = img;
                SpeakerRanker.unattributed = un;
                Map<Path, List<Quote>> m = into.computeIfAbsent(String.format(Locale.ROOT, "margin %.2f imargin %.2f unattr %.2f", mg, img, un), x -> new HashMap<>());
                for (Object[] a : arts) {
                    Document d = (Document) a[1];
                    TokenView v = new TokenView(d);
                    SpeakerCandidates cands = new SpeakerCandidates(v, WORDS);
                    OtherQuotes others = new OtherQuotes(v, d.quotes());
                    List<Quote> qs = new ArrayList<>();
                    for (Quote q : d.quotes()) qs.add(SpeakerRanker.rerank(model, v, cands, q, others, MentionResolver.asWritten(d.text())));
                    m.put((Path) a[0], qs);
                }
            }
        }
    }

    static String fig(PolnearBenchmark.Result r) {
        return String.format(Locale.ROOT, "direct spk %.4f (%d/%d) | reported spk %.4f (%d/%d) | direct F1 %.3f reported F1 %.3f",
                r.directSpeakerAccuracy(), r.directSpeakersRight(), r.directMatched(), r.indirectSpeakerAccuracy(), r.indirectSpeakersRight(), r.indirectMatched(),
                r.direct().f1(), r.indirect().f1());
    }
}
