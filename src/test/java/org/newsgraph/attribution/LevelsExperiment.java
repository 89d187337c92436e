package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import org.newsgraph.model.*;

/**
 * Development harness (not a test): over the rules' output cached with every level of nested
 * reported speech kept, the one-level choice and the statements that start late, on a PolNeAR folder.
 * Args: dir cache [samples].
 */
public final class LevelsExperiment {
    static List<Quote> indirect(List<Quote> qs) { return qs.stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList(); }

    static int bestGold(List<GoldAttribution> golds, Span s) {
        int b = -1; double best = 0;
        for (int i = 0; i < golds.size(); i++) { double x = golds.get(i).overlapShare(s); if (x > best) { best = x; b = i; } }
        return b;
    }

    /**
     * "X said [the group is not an advocacy group] and supports [candidates …]": a statement whose
     * cue follows the previous statement's end across a coordinator (and its subject) continues it.
     */
    static List<Quote> join(TokenTable t, List<Quote> kept, Map<String, Integer> gaps) {
        List<Quote> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparingInt(q -> q.content().begin()));
        List<Quote> out = new ArrayList<>();
        for (Quote q : sorted) {
            Quote prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && q.cue() != null && q.cue().begin() >= prev.content().end() && q.cue().begin() < q.content().begin()) {
                int a = t.tokenAtOrAfter(prev.content().end()), b = t.tokenAtOrAfter(q.cue().begin());
                if (a < b && t.sentence[a] == t.sentence[b] && b - a <= 4) {
                    StringBuilder g = new StringBuilder();
                    for (int k = a; k < b; k++) g.append(k > a ? " " : "").append(t.words[k]);
                    String gs = g.toString();
                    boolean coord = gs.matches(",? ?(and|but)( (he|she|they|it|we|i|also|then|later))?");
                    gaps.merge((coord ? "J " : "") + gs, 1, Integer::sum);
                    if (coord && Boolean.getBoolean("ng.join")) {
                        out.set(out.size() - 1, new Quote(new Span(prev.content().begin(), q.content().end()), QuoteKind.INDIRECT, prev.cue(), prev.speakerMention(), prev.speakerText(), prev.speakerEntityId()));
                        continue;
                    }
                }
            }
            out.add(q);
        }
        return out;
    }

    static String flat(String s) { return s.replace('\n', ' '); }

    /** The cached items with the held statements dropped (as the shipped rules do), the tables' rule marks redone. */
    static List<TaggerExperiment.Item> oneLevel(List<TaggerExperiment.Item> items) {
        List<TaggerExperiment.Item> out = new ArrayList<>();
        for (TaggerExperiment.Item it : items) {
            List<Quote> all = TaggerExperiment.quotes(it);
            List<Quote> kept = IndirectQuotes.outermost(indirect(all));
            List<String[]> rows = new ArrayList<>();
            List<Quote> chosen = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).kind() != QuoteKind.INDIRECT || kept.contains(all.get(i))) { rows.add(it.quotes().get(i)); chosen.add(all.get(i)); }
            }
            TokenTable t = it.table();
            Arrays.fill(t.rule, TokenTable.NONE);
            for (Quote q : chosen) {
                byte label = q.kind() == QuoteKind.INDIRECT ? TokenTable.RULE_REPORTED : TokenTable.RULE_QUOTED;
                t.mark(q.content(), i -> t.rule[i] = t.rule[i] == TokenTable.NONE ? label : t.rule[i]);
                if (q.cue() != null) t.mark(q.cue(), i -> t.rule[i] = TokenTable.RULE_CUE);
                if (q.speakerMention() != null) t.mark(q.speakerMention(), i -> t.rule[i] = TokenTable.RULE_SPEAKER);
            }
            out.add(new TaggerExperiment.Item(it.name(), it.text(), t, rows, it.gold()));
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--one-level")) {
            List<TaggerExperiment.Item> items = oneLevel(TaggerExperiment.load(Path.of(args[1]), Path.of(args[2])));
            try (var out = new java.io.ObjectOutputStream(new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(Path.of(args[3]))))) { out.writeObject(items); }
            return;
        }
        Path dir = Path.of(args[0]);
        List<TaggerExperiment.Item> items = TaggerExperiment.load(dir, Path.of(args[1]));
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        Map<String, List<Quote>> one = new HashMap<>(), joined = new HashMap<>();
        Map<String, Integer> joinGap = new TreeMap<>();
        int[] inner2 = new int[2];
        int[] pairs = new int[4]; // outer matches? inner matches?
        Map<String, Integer> gapStart = new TreeMap<>(), lateCue = new TreeMap<>(), goldCue = new TreeMap<>();
        List<String> late = new ArrayList<>();
        int lateN = 0;
        for (TaggerExperiment.Item it : items) {
            List<Quote> all = TaggerExperiment.quotes(it);
            List<Quote> ind = indirect(all);
            List<Quote> kept = IndirectQuotes.outermost(ind);
            List<Quote> out = new ArrayList<>(all.stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList());
            out.addAll(kept);
            one.put(it.text(), out);
            List<Quote> j = new ArrayList<>(all.stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList());
            j.addAll(join(it.table(), kept, joinGap));
            joined.put(it.text(), j);
            List<GoldAttribution> golds = TaggerExperiment.gold(it).stream().filter(g -> !g.direct()).toList();
            for (Quote q : ind) {
                if (kept.contains(q)) continue;
                Quote o = kept.stream().filter(x -> x.content().contains(q.content())).findFirst().orElse(null);
                if (o == null) continue;
                boolean om = golds.stream().anyMatch(g -> g.overlapShare(o.content()) >= 0.5), im = golds.stream().anyMatch(g -> g.overlapShare(q.content()) >= 0.5);
                pairs[(om ? 2 : 0) + (im ? 1 : 0)]++;
                int og = bestGold(golds, o.content()), ig = bestGold(golds, q.content());
                if (im && om && og != ig) inner2[0]++;
                if (im && om && og == ig) inner2[1]++;
            }
            TokenTable t = it.table();
            for (Quote q : kept) {
                int gi = bestGold(golds, q.content());
                if (gi < 0) continue;
                GoldAttribution g = golds.get(gi);
                double sh = g.overlapShare(q.content());
                int gb = g.content().get(0).begin(), ge = g.content().get(g.content().size() - 1).end();
                if (sh < 0.1 || sh >= 0.5 || q.content().begin() <= gb || Math.abs(q.content().end() - ge) > 3) continue;
                lateN++;
                int a = t.tokenAtOrAfter(gb), b = t.tokenAtOrAfter(q.content().begin());
                String gap = a < b ? t.words[a] + (a + 1 < b ? " " + t.words[a + 1] : "") : "?";
                gapStart.merge(gap, 1, Integer::sum);
                String cue = q.cue() == null ? "-" : q.cue().of(t.text).toLowerCase(Locale.ROOT);
                lateCue.merge(cue, 1, Integer::sum);
                String gc = g.cues().isEmpty() ? "-" : g.cues().get(0).of(t.text).toLowerCase(Locale.ROOT);
                goldCue.merge(gc, 1, Integer::sum);
                int s = t.sentence[b];
                Span sent = t.span(t.sentenceFirst[s], Math.min(t.size(), t.sentenceEnd[s]));
                StringBuilder sb = new StringBuilder(sent.of(t.text));
                int off = sent.begin();
                // marks: gold [[ ]], rule { }
                List<int[]> marks = new ArrayList<>(List.of(new int[] {gb, 0}, new int[] {ge, 1}, new int[] {q.content().begin(), 2}, new int[] {q.content().end(), 3}));
                marks.sort((x, y) -> y[0] != x[0] ? y[0] - x[0] : y[1] - x[1]);
                for (int[] m : marks) {
                    int p = Math.max(0, Math.min(sb.length(), m[0] - off));
                    sb.insert(p, new String[] {"[[", "]]", "{", "}"}[m[1]]);
                }
                late.add("cue=" + cue + " gold cue=" + gc + " | " + flat(sb.toString()));
            }
        }
        System.out.println("one level: " + TaggerExperiment.fig(TaggerExperiment.score(dir, one)));
        System.out.printf("held pairs: neither %d, inner only %d, outer only %d, both %d%n", pairs[0], pairs[1], pairs[2], pairs[3]);
        System.out.printf("both: inner another gold %d, same gold %d%n", inner2[0], inner2[1]);
        System.out.println("joined: " + TaggerExperiment.fig(TaggerExperiment.score(dir, joined)));
        ReportedErrors.top(joinGap, 40);
        System.out.println("late starts: " + lateN);
        System.out.println("gap opens: "); ReportedErrors.top(gapStart, 50);
        System.out.println("rule cues: "); ReportedErrors.top(lateCue, 40);
        System.out.println("gold cues: "); ReportedErrors.top(goldCue, 40);
        Collections.shuffle(late, new Random(7));
        late.stream().limit(samples).forEach(System.out::println);
    }
}
