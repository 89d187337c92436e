package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.relations.RelationCues.Family;
import org.newsgraph.relations.SentenceView.MentionRef;

/**
 * The features of a candidate pair for the relation classifier: its kind and order, the words,
 * tags and punctuation between the two, the words either side, the title phrase's head, the
 * cue families of {@code relation-cues.tsv} between, the other names between, and the
 * predicates the rules already gave the pair ({@code ruleGave}).
 */
final class PairFeatures {
    private static final int WORDS_BETWEEN = 6;
    private final RelationCues cues;

    PairFeatures(RelationCues cues) {
        this.cues = cues;
    }

    List<String> of(SentenceView s, PairCandidate c, Set<String> ruleGave) {
        List<String> f = new ArrayList<>();
        String kind = c.kind().name();
        String order = c.subjectBefore() ? "so" : "os";
        f.add("k=" + kind);
        f.add("ko=" + kind + order);
        int from = c.gapFirst();
        int to = c.gapEnd();
        int gap = to - from;
        f.add("kd=" + kind + order + bucket(gap));
        StringBuilder seq = new StringBuilder();
        int persons = 0;
        int others = 0;
        for (int i = from; i < to; i++) {
            MentionRef m = s.mention(i);
            String w = m != null ? "<" + m.type().name() + ">" : s.lower.get(i);
            if (m != null) {
                if (m.type() == EntityType.PERSON) {
                    persons++;
                } else {
                    others++;
                }
                i = m.end() - 1;
            }
            if (gap <= WORDS_BETWEEN) {
                seq.append(w).append(' ');
            }
            if (i - from < 3 || to - i <= 3) {
                f.add("w=" + w);
                f.add("kw=" + kind + w);
            }
            if (!s.tag(i).isEmpty()) {
                f.add("t=" + s.tag(i));
            }
            for (Family fam : Family.values()) {
                if (cues.matchAt(fam, s.lower, i) > 0) {
                    f.add("cue=" + fam);
                }
            }
        }
        if (gap <= WORDS_BETWEEN) {
            f.add("seq=" + order + seq.toString().strip());
        }
        f.add("persons=" + Math.min(persons, 2));
        f.add("others=" + Math.min(others, 2));
        int first = Math.min(c.subjectFirst(), c.objectFirst());
        int end = Math.max(c.subjectEnd(), c.objectEnd());
        f.add("pre=" + word(s, first - 1));
        f.add("post=" + word(s, end));
        f.add("kpost=" + kind + word(s, end));
        if (c.title() != null) {
            String[] words = c.title().toLowerCase(Locale.ROOT).split("\\s+");
            f.add("head=" + words[words.length - 1]);
            f.add("title=" + c.title().toLowerCase(Locale.ROOT));
            f.add("titleLen=" + Math.min(words.length, 4));
            f.add("titleCap=" + Character.isUpperCase(c.title().charAt(0)));
            f.add("nearest=" + isNearestPerson(s, c));
        }
        if (ruleGave.isEmpty()) {
            f.add("rule=none");
        }
        for (String p : ruleGave) {
            f.add("rule=" + p);
        }
        return f;
    }

    /** A title phrase belongs to the person nearest to it: is the subject that person. */
    private static boolean isNearestPerson(SentenceView s, PairCandidate c) {
        int d = distance(c.subjectFirst(), c.subjectEnd(), c.objectFirst(), c.objectEnd());
        for (MentionRef m : s.mentions) {
            if (m.type() == EntityType.PERSON && m.entity() != c.subject()
                    && distance(m.first(), m.end(), c.objectFirst(), c.objectEnd()) < d) {
                return false;
            }
        }
        return true;
    }

    private static int distance(int aFirst, int aEnd, int bFirst, int bEnd) {
        return aFirst < bFirst ? bFirst - aEnd : aFirst - bEnd;
    }

    private static String word(SentenceView s, int i) {
        if (i < 0 || i >= s.size()) {
            return "<edge>";
        }
        MentionRef m = s.mention(i);
        return m != null ? "<" + m.type().name() + ">" : s.lower.get(i);
    }

    private static String bucket(int gap) {
        return gap <= 3 ? Integer.toString(gap) : gap <= 5 ? "4-5" : gap <= 8 ? "6-8" : "9+";
    }
}
