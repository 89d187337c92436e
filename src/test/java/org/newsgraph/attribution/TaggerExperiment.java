package org.newsgraph.attribution;

import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.newsgraph.bench.AttributionExperiment;
import org.newsgraph.bench.PolnearBenchmark;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.model.*;
import org.newsgraph.attribution.AttributionLexicon;
import org.newsgraph.backend.opennlp.OpenNlpTokenClassifier;

/** Development harness (not a test): caches the rules' output over a PolNeAR folder, then cross-validates the tagger. */
public final class TaggerExperiment {
    record Item(String name, String text, TokenTable table, List<String[]> quotes, List<List<int[]>> gold) implements Serializable {}

    static Span sp(String b, String e) { return b.equals("-") ? null : new Span(Integer.parseInt(b), Integer.parseInt(e)); }

    static List<Quote> quotes(Item it) {
        List<Quote> out = new ArrayList<>();
        for (String[] q : it.quotes()) {
            Quote x = new Quote(sp(q[0], q[1]), QuoteKind.valueOf(q[2]), null, null, null, null);
            if (!q[5].equals("-")) x = x.withSpeaker(sp(q[3], q[4]), sp(q[5], q[6]), q[7], q[8].equals("-") ? null : q[8]);
            out.add(x);
        }
        return out;
    }

    static List<GoldAttribution> gold(Item it) {
        List<GoldAttribution> out = new ArrayList<>();
        for (List<int[]> g : it.gold()) {
            List<List<Span>> parts = new ArrayList<>();
            for (int k = 0; k < 3; k++) { List<Span> l = new ArrayList<>(); int[] a = g.get(k); for (int j = 0; j + 1 < a.length; j += 2) l.add(new Span(a[j], a[j + 1])); parts.add(l); }
            out.add(new GoldAttribution(parts.get(0), parts.get(1), parts.get(2), g.get(3)[0] == 1));
        }
        return out;
    }

    static int[] arr(List<Span> l) { int[] a = new int[l.size() * 2]; for (int i = 0; i < l.size(); i++) { a[2 * i] = l.get(i).begin(); a[2 * i + 1] = l.get(i).end(); } return a; }
    static String s(Span x, boolean b) { return x == null ? "-" : Integer.toString(b ? x.begin() : x.end()); }

    @SuppressWarnings("unchecked")
    static List<Item> load(Path dir, Path cache) throws Exception {
        if (Files.exists(cache)) {
            try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(cache)))) { return (List<Item>) in.readObject(); }
        }
        AttributionLexicon lex = new AttributionLexicon();
        List<AttributionExperiment.Article> arts = AttributionExperiment.load(dir, PipelineFactory.build(PipelineConfig.defaults(), false), 2, System.err);
        List<Item> items = new ArrayList<>();
        for (AttributionExperiment.Article a : arts) {
            Document d = a.annotated().rules();
            List<String[]> qs = new ArrayList<>();
            for (Quote q : d.quotes()) {
                qs.add(new String[] {s(q.content(), true), s(q.content(), false), q.kind().name(), s(q.cue(), true), s(q.cue(), false),
                        s(q.speakerMention(), true), s(q.speakerMention(), false), q.speakerText() == null ? "-" : q.speakerText(), q.speakerEntityId() == null ? "-" : q.speakerEntityId()});
            }
            List<List<int[]>> gs = new ArrayList<>();
            for (GoldAttribution g : a.annotated().gold()) gs.add(List.of(arr(g.content()), arr(g.sources()), arr(g.cues()), new int[] {g.direct() ? 1 : 0}));
            items.add(new Item(a.name(), a.text().toString(), new TokenTable(d, d.quotes(), lex::wordClass), qs, gs));
        }
        try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) { out.writeObject(items); }
        return items;
    }

    static String fig(PolnearBenchmark.Result r) {
        return String.format(Locale.ROOT, "direct F1 %.3f spk %.3f (%d/%d) | reported F1 %.3f (P %.3f R %.3f) univocal %.3f spk %.3f (%d/%d)",
                r.direct().f1(), r.directSpeakerAccuracy(), r.directSpeakersRight(), r.directMatched(), r.indirect().f1(), r.indirect().precision(), r.indirect().recall(),
                r.indirectUnivocal().f1(), r.indirectSpeakerAccuracy(), r.indirectSpeakersRight(), r.indirectMatched());
    }

    static PolnearBenchmark.Result score(Path dir, Map<String, List<Quote>> byText) throws IOException {
        return PolnearBenchmark.run(dir, f -> byText.get(f.toString()));
    }

    static TokenClassifier cached(Path file, TokenClassifier.Trainer trainer, List<TokenTable> tables, List<List<GoldAttribution>> golds) throws IOException {
        if (Files.exists(file)) return OpenNlpTokenClassifier.reader().read(Files.readAllBytes(file));
        TokenClassifier c = trainer.train(ReportedTagger.examples(tables, golds));
        try (OutputStream o = Files.newOutputStream(file)) { c.write(o); }
        return c;
    }

    public static void main(String[] args) throws Exception {
        Path train = Path.of(args[0]), dev = Path.of(args[1]);
        String algo = args.length > 2 ? args[2] : "PERCEPTRON";
        int iters = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int cutoff = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        boolean cv = args.length <= 5 || !args[5].equals("nocv");
        String tag = "/tmp/i15/" + System.getProperty("tag", algo + iters + "-" + cutoff);
        List<Item> tr = load(train, Path.of("/tmp/i15/train.ser"));
        List<Item> dv = load(dev, Path.of("/tmp/i15/dev.ser"));
        System.err.println("loaded " + tr.size() + " + " + dv.size());
        TokenClassifier.Trainer trainer = OpenNlpTokenClassifier.trainer(algo, iters, cutoff);
        int folds = 5;
        List<ReportedTagger.Merge> merges = new ArrayList<>();
        for (String spec : System.getProperty("merges", "1,1,4,0,2,0.5;1,1,4,0,2,0.6;1,1,4,0,2,0.7;1,1,4,0,2,0.8;1,1,4,0,2,0.9;1,1,2,0,2,0.8;1,0,4,0,2,0.8;1,1,6,0,2,0.8").split(";")) {
            String[] f = spec.split(",");
            merges.add(new ReportedTagger.Merge(f[0].equals("1"), f[1].equals("1"), Integer.parseInt(f[2]), Double.parseDouble(f[3]), Integer.parseInt(f[4]), Double.parseDouble(f[5])));
        }
        Map<String, List<Quote>> rules = new HashMap<>(), tagged = new HashMap<>();
        List<Map<String, List<Quote>>> variants = new ArrayList<>();
        merges.forEach(m -> variants.add(new HashMap<>()));
        if (cv) {
            for (int k = 0; k < folds; k++) {
                List<TokenTable> tables = new ArrayList<>(); List<List<GoldAttribution>> golds = new ArrayList<>();
                for (int i = 0; i < tr.size(); i++) if (i % folds != k) { tables.add(tr.get(i).table()); golds.add(gold(tr.get(i))); }
                long t0 = System.nanoTime();
                ReportedTagger tagger = new ReportedTagger(cached(Path.of(tag + "-fold" + k + ".bin"), trainer, tables, golds));
                System.err.printf("fold %d trained in %.0f s%n", k, (System.nanoTime() - t0) / 1e9);
                for (int i = k; i < tr.size(); i += folds) {
                    Item it = tr.get(i);
                    rules.put(it.text(), quotes(it));
                    ReportedTagger.Tagged labels = tagger.tag(it.table());
                    for (int m = 0; m < merges.size(); m++) variants.get(m).put(it.text(), tagger.merge(it.table(), labels, quotes(it), merges.get(m)));
                }
            }
            System.out.println("CV rules : " + fig(score(train, rules)));
            for (int m = 0; m < merges.size(); m++) System.out.println("CV " + merges.get(m) + ": " + fig(score(train, variants.get(m))));
        }
        List<TokenTable> tables = new ArrayList<>(); List<List<GoldAttribution>> golds = new ArrayList<>();
        for (Item it : tr) { tables.add(it.table()); golds.add(gold(it)); }
        long t0 = System.nanoTime();
        TokenClassifier c = cached(Path.of(tag + "-full.bin"), trainer, tables, golds);
        ReportedTagger tagger = new ReportedTagger(c);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(); c.write(bytes);
        System.err.printf("full trained in %.0f s, %d bytes%n", (System.nanoTime() - t0) / 1e9, bytes.size());
        rules.clear(); tagged.clear();
        variants.forEach(Map::clear);
        for (Item it : dv) {
            rules.put(it.text(), quotes(it));
            ReportedTagger.Tagged labels = tagger.tag(it.table());
            for (int m = 0; m < merges.size(); m++) variants.get(m).put(it.text(), tagger.merge(it.table(), labels, quotes(it), merges.get(m)));
        }
        System.out.println("dev rules : " + fig(score(dev, rules)));
        for (int m = 0; m < merges.size(); m++) System.out.println("dev " + merges.get(m) + ": " + fig(score(dev, variants.get(m))));
        if (args.length > 6) { try (OutputStream o = Files.newOutputStream(Path.of(args[6]))) { c.write(o); } }
    }
}
