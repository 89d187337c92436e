package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.model.Predicate;
import org.newsgraph.model.Relation;

/**
 * The learned side of the relation stage: every candidate pair of the article ({@link PairCandidates})
 * with its features ({@link PairFeatures}), and the relations a {@link PairClassifier} adds to the
 * rules' where it gives a pair's predicate at least the model's threshold.
 */
final class LearnedRelations {
    /** The classifier's labels: "none" and the predicates it may give, each for one kind of pair. */
    static final List<String> LABELS = List.of("none", "jobTitle", "worksFor", "memberOf", "nationality", "location", "containedInPlace");

    /** A pair of one sentence with its features, as training and the stage see it. */
    record Row(int sentence, PairCandidate pair, List<String> features) {
    }

    private final PairCandidates candidates;
    private final PairFeatures features;

    LearnedRelations(PairCandidates candidates, PairFeatures features) {
        this.candidates = candidates;
        this.features = features;
    }

    List<Row> rows(List<SentenceView> views, List<Relation> ruleOutput) {
        Map<String, Set<String>> gave = new HashMap<>();
        for (Relation r : ruleOutput) {
            String object = r.objectId() != null ? r.objectId() : r.value().toLowerCase(Locale.ROOT);
            gave.computeIfAbsent(r.subjectId() + "|" + object, k -> new TreeSet<>()).add(r.predicate().property());
        }
        List<Row> out = new ArrayList<>();
        for (int si = 0; si < views.size(); si++) {
            SentenceView s = views.get(si);
            for (PairCandidate c : candidates.of(s)) {
                out.add(new Row(si, c, features.of(s, c, gave.getOrDefault(c.key(), Set.of()))));
            }
        }
        return out;
    }

    /** The predicates a kind of pair may take. */
    static boolean fits(PairCandidate.Kind kind, String label) {
        return switch (kind) {
            case PERSON_ORG -> label.equals("worksFor") || label.equals("memberOf");
            case PERSON_PLACE -> label.equals("nationality");
            case PERSON_TITLE -> label.equals("jobTitle");
            case ORG_PLACE -> label.equals("location");
            case PLACE_PLACE -> label.equals("containedInPlace");
        };
    }

    /** The rules' relations and, after them, those the classifier gives at or above {@code threshold} that the rules did not. */
    List<Relation> add(List<SentenceView> views, List<Relation> ruleOutput, PairClassifier classifier, double threshold) {
        Map<String, Relation> best = new LinkedHashMap<>();
        for (Row row : rows(views, ruleOutput)) {
            Map<String, Double> p = classifier.probabilities(row.features());
            String label = null;
            double top = 0;
            for (Map.Entry<String, Double> e : p.entrySet()) {
                if (e.getValue() > top) {
                    top = e.getValue();
                    label = e.getKey();
                }
            }
            if (label == null || !fits(row.pair().kind(), label) || top < threshold) {
                continue;
            }
            Relation r = relation(views.get(row.sentence()), row.pair(), label, top);
            String key = row.pair().key() + "|" + label;
            Relation old = best.get(key);
            if (old == null || old.confidence() < r.confidence()) {
                best.put(key, r);
            }
        }
        List<Relation> out = new ArrayList<>(ruleOutput);
        for (Relation r : best.values()) {
            boolean known = ruleOutput.stream().anyMatch(o -> o.subjectId().equals(r.subjectId()) && o.predicate() == r.predicate()
                    && (r.objectId() != null ? r.objectId().equals(o.objectId()) : o.value() != null && o.value().equalsIgnoreCase(r.value())));
            if (!known) {
                out.add(r);
            }
        }
        return out;
    }

    private static Relation relation(SentenceView s, PairCandidate c, String label, double confidence) {
        Predicate p = predicate(label);
        int first = Math.min(c.subjectFirst(), c.objectFirst());
        int end = Math.max(c.subjectEnd(), c.objectEnd());
        return p.takesEntity()
                ? new Relation(c.subject().id(), p, c.object().id(), null, s.span(first, end), confidence)
                : new Relation(c.subject().id(), p, null, c.title(), s.span(first, end), confidence);
    }

    static Predicate predicate(String label) {
        for (Predicate p : Predicate.values()) {
            if (p.property().equals(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("not a predicate: " + label);
    }
}
