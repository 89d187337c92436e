package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import org.newsgraph.model.*;

/** Development harness (not a test): one line per rules' reported statement of a cached folder, whether it matches, and the words around it, for reading. */
public final class ReportedDump {
    public static void main(String[] args) throws Exception {
        List<TaggerExperiment.Item> items = TaggerExperiment.load(Path.of(args[0]), Path.of(args[1]));
        for (TaggerExperiment.Item it : items) {
            TokenTable t = it.table();
            List<Quote> all = TaggerExperiment.quotes(it);
            List<GoldAttribution> golds = TaggerExperiment.gold(it).stream().filter(g -> !g.direct()).toList();
            for (Quote q : all) {
                if (q.kind() != QuoteKind.INDIRECT) continue;
                boolean yes = golds.stream().anyMatch(g -> g.overlapShare(q.content()) >= 0.5);
                int a = t.tokenAtOrAfter(q.content().begin()), b = a;
                while (b < t.size() && t.begin[b] < q.content().end()) b++;
                int c = q.cue() == null ? -1 : t.tokenAtOrAfter(q.cue().begin());
                boolean sharesCue = q.cue() != null && all.stream().anyMatch(o -> o.kind() != QuoteKind.INDIRECT && q.cue().equals(o.cue()));
                boolean finite = false;
                StringBuilder tg = new StringBuilder();
                for (int k = a; k < b; k++) { finite |= ClauseWords.FINITE_VERB_TAGS.contains(t.tags[k]) || t.tags[k].equals("MD"); tg.append(k > a ? " " : "").append(t.tags[k]); }
                int s = t.sentence[a];
                Span sent = t.span(t.sentenceFirst[s], Math.min(t.size(), t.sentenceEnd[s]));
                System.out.println(String.join("\t", it.name(), yes ? "1" : "0", c < 0 ? "-" : t.words[c], c < 0 ? "-" : t.tags[c], c < 0 ? "-" : t.wordOr(c - 1), c < 0 ? "-" : t.tagOr(c - 1),
                        c < 0 ? "-" : t.wordOr(c + 1), c < 0 ? "-" : t.tagOr(c + 1), t.words[a], t.tags[a], Integer.toString(b - a), Boolean.toString(finite), Boolean.toString(sharesCue),
                        Integer.toString(c < 0 ? -99 : a - c), Integer.toString(a - t.sentenceFirst[s]), Integer.toString(Math.min(t.size(), t.sentenceEnd[s]) - b),
                        q.content().of(t.text).replaceAll("\\s+", " "), sent.of(t.text).replaceAll("\\s+", " ")));
            }
        }
    }
}
