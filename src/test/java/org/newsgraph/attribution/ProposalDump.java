package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import org.newsgraph.backend.opennlp.OpenNlpMaxent;
import org.newsgraph.model.*;

/** Development harness (not a test): the verb proposals each train fold adds (5-fold on the cached polnear-train output), one line each with whether it matches, for reading. */
public final class ProposalDump {
    public static void main(String[] args) throws Exception {
        List<TaggerExperiment.Item> tr = TaggerExperiment.load(Path.of(args[0]), Path.of(args[1]));
        BinaryClassifier.Trainer trainer = OpenNlpMaxent.trainer(100, 2);
        CuesExperiment.eachHeldOut(tr, trainer, (c, it) -> {
            TokenTable t = it.table();
            List<Quote> rules = TaggerExperiment.quotes(it);
            List<GoldAttribution> open = ReportedCues.open(rules, TaggerExperiment.gold(it));
            List<Quote> out = ReportedCues.add(c, t, rules, 0.5);
            for (Quote q : out.subList(rules.size(), out.size())) {
                int cue = t.tokenAtOrAfter(q.cue().begin());
                ReportedCues.Proposal p = ReportedCues.proposals(t).stream().filter(x -> x.cue() == cue).findFirst().orElseThrow();
                double score = c.yes(ReportedCues.features(t, p));
                boolean yes = open.stream().anyMatch(g -> g.overlapShare(q.content()) >= 0.5);
                int s = t.sentence[cue];
                System.out.printf("%s\t%d\t%.2f\t%s\t%s\t%s\t%s\t%s%n", it.name(), yes ? 1 : 0, score, t.words[cue], t.tags[cue], t.wordOr(cue - 1),
                        q.content().of(t.text).replaceAll("\\s+", " "), t.span(t.sentenceFirst[s], Math.min(t.size(), t.sentenceEnd[s])).of(t.text).replaceAll("\\s+", " "));
            }
        });
    }
}
