package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import org.newsgraph.model.*;

/** Development harness (not a test): given the gold cues the rules missed, how often a plain content span after the cue matches the gold. */
public final class CueOracle {
    public static void main(String[] args) throws Exception {
        List<TaggerExperiment.Item> tr = TaggerExperiment.load(Path.of(args[0]), Path.of(args[1]));
        int missedVerb = 0, toEnd = 0, toComma = 0, either = 0, objectNp = 0;
        for (TaggerExperiment.Item it : tr) {
            TokenTable t = it.table();
            List<Quote> pred = TaggerExperiment.quotes(it).stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
            for (GoldAttribution g : TaggerExperiment.gold(it)) {
                if (g.direct() || g.cues().isEmpty()) continue;
                if (pred.stream().anyMatch(q -> g.overlapShare(q.content()) >= 0.5)) continue;
                int cb = t.tokenAtOrAfter(g.cues().stream().mapToInt(Span::begin).min().getAsInt());
                int ce = t.tokenAtOrAfter(g.cues().stream().mapToInt(Span::end).max().getAsInt());
                if (cb >= t.size() || !t.tags[cb].startsWith("VB")) continue;
                int gb = g.content().stream().mapToInt(Span::begin).min().getAsInt();
                if (gb < t.begin[cb]) continue; // content before the cue
                missedVerb++;
                int s = t.sentence[cb];
                int se = Math.min(t.size(), t.sentenceEnd[s]);
                while (se > ce + 1 && t.words[se - 1].length() == 1 && !Character.isLetterOrDigit(t.words[se - 1].charAt(0))) se--;
                int start = ce < se && t.words[ce].equals("that") ? ce + 1 : ce;
                if (start >= se) continue;
                boolean a = g.overlapShare(t.span(start, se)) >= 0.5;
                int comma = start;
                while (comma < se && !t.words[comma].equals(",")) comma++;
                boolean b = comma > start && g.overlapShare(t.span(start, comma)) >= 0.5;
                int np = start;
                while (np < se && (t.tags[np].startsWith("NN") || t.tags[np].startsWith("JJ") || t.tags[np].equals("DT") || t.tags[np].equals("PRP$") || t.tags[np].equals("POS") || t.tags[np].equals("CD"))) np++;
                boolean c = np > start && g.overlapShare(t.span(start, np)) >= 0.5;
                toEnd += a ? 1 : 0; toComma += b ? 1 : 0; objectNp += c ? 1 : 0; either += a || b || c ? 1 : 0;
            }
        }
        System.out.printf("missed, verb cue before content: %d; after cue to sentence end matches %d, to comma %d, noun phrase %d, any %d%n", missedVerb, toEnd, toComma, objectNp, either);
    }
}
