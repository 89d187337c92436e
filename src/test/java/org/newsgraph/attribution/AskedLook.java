package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import org.newsgraph.model.*;

/** Development harness (not a test): "Asked about X, he said …" / "was asked whether X": the question as reported speech, over the cached rules' output. Args: dir cache [variant]. */
public final class AskedLook {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<TaggerExperiment.Item> items = TaggerExperiment.load(dir, Path.of(args[1]));
        for (String v : List.of("none", "initial", "passive", "both", "both-any")) {
            Map<String, List<Quote>> out = new HashMap<>();
            int added = 0, right = 0;
            for (TaggerExperiment.Item it : items) {
                TokenTable t = it.table();
                List<Quote> qs = new ArrayList<>(TaggerExperiment.quotes(it));
                List<GoldAttribution> golds = TaggerExperiment.gold(it).stream().filter(g -> !g.direct()).toList();
                for (int i = 0; i + 2 < t.size(); i++) {
                    if (!t.words[i].equals("asked") || v.equals("none")) continue;
                    int s = t.sentence[i], first = t.sentenceFirst[s];
                    boolean initial = i == first || i == first + 1 && (t.words[first].equals("when") || t.words[first].equals("if"));
                    boolean passive = i > first && ClauseWords.BE.contains(t.words[i - 1]);
                    boolean ok = v.equals("initial") ? initial : v.equals("passive") ? passive : initial || passive;
                    if (!ok) continue;
                    String n = t.words[i + 1];
                    boolean q = n.equals("about") || n.equals("whether") || n.equals("if") || ClauseWords.WH_WORDS.contains(n);
                    if (!q && !v.equals("both-any")) continue;
                    int start = i + 1, end = start;
                    int send = Math.min(t.size(), t.sentenceEnd[s]);
                    while (end < send && !t.words[end].equals(",") && t.rule[end] != TokenTable.RULE_QUOTED) end++;
                    while (end > start && !Character.isLetterOrDigit(t.words[end - 1].charAt(0))) end--;
                    if (end - start < 2 || end < send && t.rule[end] == TokenTable.RULE_QUOTED) continue;
                    Span c = t.span(start, end);
                    if (qs.stream().anyMatch(x -> x.content().overlaps(c))) continue;
                    qs.add(new Quote(c, QuoteKind.INDIRECT, t.span(i, i + 1), null, null, null));
                    added++;
                    if (golds.stream().anyMatch(g -> g.overlapShare(c) >= 0.5)) right++;
                }
                out.put(it.text(), qs);
            }
            System.out.println(v + " (" + added + " added, " + right + " right): " + TaggerExperiment.fig(TaggerExperiment.score(dir, out)).replaceAll("direct F1.*\\| reported", "reported"));
        }
    }
}
