package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import org.newsgraph.model.*;

/** Development harness (not a test): where a reported object ("dismissed ideological labels altogether") ends, variants over the cached rules' output. Args: dir cache variants... */
public final class ObjectEndsLook {
    static boolean objectLike(TokenTable t, Quote q, int a, int b) {
        if (q.cue() == null) return false;
        int c = t.tokenAtOrAfter(q.cue().end());
        if (a < c || a - c > 2) return false;
        String w = t.words[a];
        if (t.tags[a].equals("TO") || w.equals("that") || ClauseWords.WH_WORDS.contains(w) || t.tags[a].startsWith("VB")) return false;
        for (int k = a; k < b; k++) if (ClauseWords.FINITE_VERB_TAGS.contains(t.tags[k]) || t.tags[k].equals("MD")) return false;
        return true;
    }

    static int cut(TokenTable t, int a, int b, String v) {
        switch (v) {
            case "pron": return t.tags[a].equals("PRP") && b > a + 1 ? a + 1 : b;
            case "name": {
                int k = a;
                while (k < b && t.tags[k].startsWith("NNP")) k++;
                return k > a && k < b && (t.tags[k].equals("IN") && !t.words[k].equals("of") || t.words[k].equals(",")) ? k : b;
            }
            case "in": {
                for (int k = a + 1; k < b; k++) if (t.tags[k].equals("IN") && !t.words[k].equals("of")) return k;
                return b;
            }
            case "in2": {
                for (int k = a + 1; k < b; k++) if (t.tags[k].equals("IN") && !Set.of("of", "on", "about", "against", "with", "for", "to", "over", "from").contains(t.words[k])) return k;
                return b;
            }
            case "comma": {
                for (int k = a + 1; k < b; k++) if (t.words[k].equals(",")) return k;
                return b;
            }
            case "apposition": {
                for (int k = a + 1; k + 1 < b; k++) if (t.words[k].equals(",") && (t.tags[k + 1].equals("DT") || t.tags[k + 1].equals("CD"))) return k;
                return b;
            }
            default: return b;
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<TaggerExperiment.Item> items = TaggerExperiment.load(dir, Path.of(args[1]));
        for (int vi = 2; vi <= args.length; vi++) {
            String[] vs = vi == args.length ? new String[0] : args[vi].split("\\+");
            Map<String, List<Quote>> out = new HashMap<>();
            int changed = 0;
            for (TaggerExperiment.Item it : items) {
                TokenTable t = it.table();
                List<Quote> qs = new ArrayList<>();
                for (Quote q : TaggerExperiment.quotes(it)) {
                    if (q.kind() == QuoteKind.INDIRECT) {
                        int a = t.tokenAtOrAfter(q.content().begin()), b = a;
                        while (b < t.size() && t.begin[b] < q.content().end()) b++;
                        if (objectLike(t, q, a, b)) {
                            int nb = b;
                            for (String v : vs) nb = Math.min(nb, cut(t, a, b, v));
                            if (nb < b) {
                                changed++;
                                q = new Quote(t.span(a, nb), QuoteKind.INDIRECT, q.cue(), q.speakerMention(), q.speakerText(), q.speakerEntityId());
                            }
                        }
                    }
                    qs.add(q);
                }
                out.put(it.text(), qs);
            }
            System.out.println((vs.length == 0 ? "rules" : String.join("+", vs)) + " (" + changed + " cut): " + TaggerExperiment.fig(TaggerExperiment.score(dir, out)));
        }
    }
}
