package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import org.newsgraph.backend.opennlp.OpenNlpMaxent;
import org.newsgraph.model.*;

/** Development harness (not a test): on held-out folds of polnear-train, why the verb proposals' sources miss the annotated source. */
public final class CueSpeakers {
    public static void main(String[] args) throws Exception {
        List<TaggerExperiment.Item> tr = TaggerExperiment.load(Path.of(args[0]), Path.of(args[1]));
        double th = Double.parseDouble(args[2]);
        BinaryClassifier.Trainer trainer = OpenNlpMaxent.trainer(100, 2);
        Map<String, Integer> cls = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        CuesExperiment.eachHeldOut(tr, trainer, (c, it) -> {
            TokenTable t = it.table();
            List<Quote> rules = TaggerExperiment.quotes(it);
            List<Quote> all = ReportedCues.add(c, t, rules, th);
            for (Quote q : all.subList(rules.size(), all.size())) {
                GoldAttribution g = TaggerExperiment.gold(it).stream().filter(x -> !x.direct() && x.overlapShare(q.content()) >= 0.5).findFirst().orElse(null);
                if (g == null) continue;
                String key;
                if (q.speakerMention() == null) key = g.sources().isEmpty() ? "right: both unsourced" : "no source found, gold has one";
                else if (g.isSource(q.speakerMention())) key = "right";
                else if (g.sources().isEmpty()) key = "gold unsourced";
                else key = g.sources().get(0).begin() < q.speakerMention().begin() ? "gold source earlier" : "gold source later";
                cls.merge(key, 1, Integer::sum);
                if (!key.startsWith("right") && wrong.size() < 400) wrong.add(key + "\tgold: " + (g.sources().isEmpty() ? "-" : g.sources().get(0).of(t.text))
                        + "\tfound: " + (q.speakerMention() == null ? "-" : q.speakerMention().of(t.text)) + "\t" + ReportedErrors.flat(ReportedErrors.sentenceOf(t, q.content())));
            }
        });
        System.out.println(cls);
        Collections.shuffle(wrong, new Random(1));
        wrong.stream().limit(40).forEach(System.out::println);
    }
}
