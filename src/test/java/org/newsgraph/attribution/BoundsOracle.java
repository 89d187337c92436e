package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import org.newsgraph.model.*;

/** Development harness (not a test): how many reported-speech misses the boundary alternatives could fix at best. */
public final class BoundsOracle {
    public static void main(String[] args) throws Exception {
        Path train = Path.of(args[0]);
        List<TaggerExperiment.Item> tr = TaggerExperiment.load(train, Path.of(args[1]));
        Map<String, List<Quote>> oracle = new HashMap<>();
        int moved = 0, options = 0, cands = 0;
        for (TaggerExperiment.Item it : tr) {
            TokenTable t = it.table();
            List<GoldAttribution> golds = TaggerExperiment.gold(it).stream().filter(g -> !g.direct()).toList();
            List<Quote> out = new ArrayList<>();
            for (Quote q : TaggerExperiment.quotes(it)) {
                if (q.kind() != QuoteKind.INDIRECT) { out.add(q); continue; }
                cands++;
                ContentBounds.Candidate c = ContentBounds.candidate(t, q);
                List<int[]> os = new ArrayList<>();
                for (int e : ContentBounds.ends(t, c)) for (int s : ContentBounds.starts(t, c, e)) os.add(new int[] {s, e});
                options += os.size();
                GoldAttribution nearest = null; double near = 0.1;
                for (GoldAttribution g : golds) { double s = g.overlapShare(q.content()); if (s >= near) { near = s; nearest = g; } }
                if (nearest == null || near >= 0.5) { out.add(q); continue; }
                Quote best = q; double bs = near;
                for (int[] o : os) {
                    if (o[1] - o[0] < 2) continue;
                    Span s = t.span(o[0], o[1]);
                    double sh = nearest.overlapShare(s);
                    if (sh > bs) { bs = sh; best = new Quote(s, q.kind(), q.cue(), q.speakerMention(), q.speakerText(), q.speakerEntityId()); }
                }
                if (best != q && bs >= 0.5) moved++;
                out.add(bs >= 0.5 ? best : q);
            }
            oracle.put(it.text(), out);
        }
        System.out.printf("candidates %d, options %.1f each, oracle fixes %d%n", cands, options / (double) cands, moved);
        System.out.println("oracle: " + TaggerExperiment.fig(TaggerExperiment.score(train, oracle)));
    }
}
