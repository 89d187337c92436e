package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import org.newsgraph.model.*;

/**
 * Development harness (not a test): the verb list's entries whose reported statements on
 * polnear-train rarely match (precision below a bar, at least n statements), and the F1 on train
 * and dev with their statements dropped before the one-level choice. Args: trainDir trainAllCache devDir devAllCache.
 */
public final class VerbPruneLook {
    static final AttributionVerbs VERBS = new AttributionVerbs();

    static String lemma(String cue) {
        String[] w = cue.toLowerCase(Locale.ROOT).split("\\s+");
        List<org.newsgraph.model.Token> toks = new ArrayList<>();
        int off = 0;
        for (String x : w) { toks.add(new org.newsgraph.model.Token(new Span(off, off + x.length()), x)); off += x.length() + 1; }
        AttributionVerbs.Match m = VERBS.at(toks, 0);
        return m == null ? null : m.lemma();
    }

    static Map<String, List<Quote>> apply(List<TaggerExperiment.Item> items, Set<String> drop) {
        Map<String, List<Quote>> out = new HashMap<>();
        for (TaggerExperiment.Item it : items) {
            List<Quote> all = TaggerExperiment.quotes(it);
            List<Quote> ind = all.stream().filter(q -> q.kind() == QuoteKind.INDIRECT)
                    .filter(q -> q.cue() == null || !drop.contains(String.valueOf(lemma(q.cue().of(it.table().text))))).toList();
            List<Quote> o = new ArrayList<>(all.stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList());
            o.addAll(IndirectQuotes.outermost(ind));
            out.put(it.text(), o);
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path train = Path.of(args[0]), dev = Path.of(args[2]);
        List<TaggerExperiment.Item> tr = TaggerExperiment.load(train, Path.of(args[1]));
        List<TaggerExperiment.Item> dv = TaggerExperiment.load(dev, Path.of(args[3]));
        Map<String, int[]> stat = new TreeMap<>();
        for (TaggerExperiment.Item it : tr) {
            List<GoldAttribution> golds = TaggerExperiment.gold(it).stream().filter(g -> !g.direct()).toList();
            for (Quote q : apply(List.of(it), Set.of()).get(it.text())) {
                if (q.kind() != QuoteKind.INDIRECT || q.cue() == null) continue;
                String l = lemma(q.cue().of(it.table().text));
                if (l == null) continue;
                int[] s = stat.computeIfAbsent(l, k -> new int[2]);
                s[0]++;
                if (golds.stream().anyMatch(g -> g.overlapShare(q.content()) >= 0.5)) s[1]++;
            }
        }
        System.out.println("none: train " + TaggerExperiment.fig(TaggerExperiment.score(train, apply(tr, Set.of()))).replaceAll("direct F1.*\\| reported", "reported")
                + " | dev " + TaggerExperiment.fig(TaggerExperiment.score(dev, apply(dv, Set.of()))).replaceAll("direct F1.*\\| reported", "reported"));
        for (double bar : new double[] {0.1, 0.15, 0.2, 0.25, 0.3}) {
            for (int n : new int[] {5, 10}) {
                Set<String> drop = new TreeSet<>();
                stat.forEach((l, s) -> { if (s[0] >= n && s[1] < bar * s[0]) drop.add(l); });
                System.out.println("bar " + bar + " n>=" + n + " " + drop + ": train " + TaggerExperiment.fig(TaggerExperiment.score(train, apply(tr, drop))).replaceAll("direct F1.*\\| reported", "reported")
                        + " | dev " + TaggerExperiment.fig(TaggerExperiment.score(dev, apply(dv, drop))).replaceAll("direct F1.*\\| reported", "reported"));
            }
        }
    }
}
