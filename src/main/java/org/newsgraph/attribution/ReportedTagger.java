package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;

/**
 * Reported speech found token by token: a classifier labels every token as content of an
 * attributed statement ({@code C}), its source ({@code S}), its cue ({@code Q}) or none
 * ({@code O}), with the rules' own reading of the token among its features. A run of content
 * tokens without quotation marks is a reported statement; its source is the nearest source run
 * of its sentence. Where a run and a rule's reported speech are the same statement (half the
 * characters), the rule's boundaries and speaker are kept where it has one.
 */
public final class ReportedTagger {
    static final String CONTENT = "C";
    static final String SOURCE = "S";
    static final String CUE = "Q";
    static final String OTHER = "O";
    private final TokenClassifier classifier;

    /**
     * How the tagger's runs and the rules' reported speech are merged: {@code ruleBounds} keeps a
     * matching rule's boundaries; {@code needSource}: a run of the tagger's own needs a source;
     * {@code minTokens}: its shortest; {@code dropBelow}: a rule's candidate is dropped when fewer
     * than this share of its tokens are tagged content (0: never).
     */
    record Merge(boolean ruleBounds, boolean needSource, int minTokens, double dropBelow, int bridge, double minConfidence) {
    }

    /**
     * The merge with the best 5-fold F1 on polnear-train (2026-12-07): rule boundaries, a run of
     * the tagger's own kept when it has a source, is 4 tokens or more and its mean content score
     * (perceptron scores, normalised) reaches 0.52; runs joined over gaps of 2 tokens.
     */
    static final Merge MERGE = new Merge(true, true, 4, 0, 2, 0.52);

    ReportedTagger(TokenClassifier classifier) {
        this.classifier = classifier;
    }

    TokenClassifier classifier() {
        return classifier;
    }

    /** The training examples of the tables, every token labelled from the annotation; read as often as the learner asks. */
    static Iterable<TokenClassifier.Example> examples(List<TokenTable> tables, List<List<GoldAttribution>> gold) {
        return () -> new Iterator<>() {
            private int doc = 0;
            private int token = 0;
            private TaggerFeatures features;
            private String[] labels;

            @Override
            public boolean hasNext() {
                while (doc < tables.size() && token >= tables.get(doc).size()) {
                    doc++;
                    token = 0;
                    features = null;
                }
                return doc < tables.size();
            }

            @Override
            public TokenClassifier.Example next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (features == null) {
                    features = new TaggerFeatures(tables.get(doc));
                    labels = labels(tables.get(doc), gold.get(doc));
                }
                TokenClassifier.Example e = new TokenClassifier.Example(features.of(token), labels[token]);
                token++;
                return e;
            }
        };
    }

    /** Each token's label from the annotation: a cue over a source over content. */
    static String[] labels(TokenTable t, List<GoldAttribution> gold) {
        String[] labels = new String[t.size()];
        java.util.Arrays.fill(labels, OTHER);
        for (GoldAttribution g : gold) {
            g.content().forEach(s -> t.mark(s, i -> labels[i] = labels[i].equals(OTHER) ? CONTENT : labels[i]));
        }
        for (GoldAttribution g : gold) {
            g.sources().forEach(s -> t.mark(s, i -> labels[i] = labels[i].equals(CUE) ? CUE : SOURCE));
        }
        for (GoldAttribution g : gold) {
            g.cues().forEach(s -> t.mark(s, i -> labels[i] = CUE));
        }
        return labels;
    }

    /** The classifier's reading of a document: each token's label, and the score of content for each. */
    record Tagged(String[] labels, double[] content) {
    }

    /** The classifier's label for every token. */
    Tagged tag(TokenTable t) {
        TaggerFeatures features = new TaggerFeatures(t);
        List<String> names = classifier.labels();
        int c = names.indexOf(CONTENT);
        String[] out = new String[t.size()];
        double[] content = new double[t.size()];
        for (int i = 0; i < t.size(); i++) {
            double[] s = classifier.scores(features.of(i));
            int best = 0;
            for (int k = 1; k < s.length; k++) {
                best = s[k] > s[best] ? k : best;
            }
            out[i] = names.get(best);
            content[i] = c < 0 ? 0 : s[c];
        }
        return new Tagged(out, content);
    }

    /** The proposed quotes with the tagger's reported speech: direct quotes as proposed, reported speech merged. */
    List<Quote> merge(TokenTable t, Tagged tagged, List<Quote> proposed) {
        return merge(t, tagged, proposed, MERGE);
    }

    List<Quote> merge(TokenTable t, Tagged tagged, List<Quote> proposed, Merge how) {
        String[] labels = tagged.labels();
        List<Quote> out = new ArrayList<>();
        List<Quote> rules = new ArrayList<>();
        for (Quote q : proposed) {
            (q.kind() == QuoteKind.INDIRECT ? rules : out).add(q);
        }
        boolean[] used = new boolean[rules.size()];
        for (int[] run : contentRuns(t, labels, how.minTokens(), how.bridge())) {
            Span content = t.span(run[0], run[1]);
            int match = -1;
            double best = 0;
            for (int k = 0; k < rules.size(); k++) {
                double share = share(content, rules.get(k).content());
                if (!used[k] && share >= AttributionTrainer.REPORTED_OVERLAP && share > best) {
                    match = k;
                    best = share;
                }
            }
            Quote learned = withSource(t, labels, run, new Quote(content, QuoteKind.INDIRECT, null, null, null, null));
            if (match >= 0) {
                used[match] = true;
                Quote r = rules.get(match);
                Quote kept = how.ruleBounds() ? r : new Quote(content, QuoteKind.INDIRECT, r.cue(), r.speakerMention(), r.speakerText(), r.speakerEntityId());
                out.add(r.speakerMention() != null || learned.speakerMention() == null ? kept
                        : kept.withSpeaker(learned.cue(), learned.speakerMention(), learned.speakerText(), learned.speakerEntityId()));
            } else if ((!how.needSource() || learned.speakerMention() != null) && mean(tagged.content(), run) >= how.minConfidence()) {
                out.add(learned);
            }
        }
        for (int k = 0; k < rules.size(); k++) {
            if (!used[k] && (how.dropBelow() <= 0 || contentShare(t, labels, rules.get(k).content()) >= how.dropBelow())) {
                out.add(rules.get(k));
            }
        }
        out.sort(java.util.Comparator.comparing(Quote::content));
        return out;
    }

    private static double mean(double[] scores, int[] run) {
        double sum = 0;
        for (int i = run[0]; i < run[1]; i++) {
            sum += scores[i];
        }
        return sum / Math.max(1, run[1] - run[0]);
    }

    private static double contentShare(TokenTable t, String[] labels, Span s) {
        int[] counts = new int[2];
        t.mark(s, i -> {
            counts[0]++;
            counts[1] += labels[i].equals(CONTENT) ? 1 : 0;
        });
        return counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    /**
     * Runs of content tokens, joined across a gap of at most {@code bridge} other tokens in the same
     * sentence, edge punctuation trimmed, without quotation marks or a quoted stretch, at least
     * {@code minTokens} long.
     */
    static List<int[]> contentRuns(TokenTable t, String[] labels, int minTokens, int bridge) {
        List<int[]> raw = new ArrayList<>();
        int i = 0;
        while (i < labels.length) {
            if (!labels[i].equals(CONTENT)) {
                i++;
                continue;
            }
            int b = i;
            while (i < labels.length && labels[i].equals(CONTENT)) {
                i++;
            }
            int[] last = raw.isEmpty() ? null : raw.get(raw.size() - 1);
            if (last != null && b - last[1] <= bridge && t.sentence[last[1] - 1] == t.sentence[b] && onlyOther(labels, last[1], b)) {
                last[1] = i;
            } else {
                raw.add(new int[] {b, i});
            }
        }
        List<int[]> runs = new ArrayList<>();
        for (int[] r : raw) {
            int b = r[0], e = r[1];
            boolean quoted = false;
            for (int k = b; k < e; k++) {
                quoted |= t.rule[k] == TokenTable.RULE_QUOTED || TaggerFeatures.isMark(t.words[k]);
            }
            while (b < e && isPunctuation(t, b)) {
                b++;
            }
            while (e > b && isPunctuation(t, e - 1)) {
                e--;
            }
            if (!quoted && e - b >= minTokens) {
                runs.add(new int[] {b, e});
            }
        }
        return runs;
    }

    private static boolean onlyOther(String[] labels, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!labels[k].equals(OTHER)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPunctuation(TokenTable t, int i) {
        char c = t.text.charAt(t.begin[i]);
        return !Character.isLetterOrDigit(c) && c != '$' && c != '%';
    }

    /** The quote with the nearest source run of its first sentence, and the nearest cue run, when there are. */
    private static Quote withSource(TokenTable t, String[] labels, int[] run, Quote q) {
        int s = t.sentence[run[0]];
        int[] source = nearestRun(t, labels, SOURCE, s, run);
        if (source == null) {
            return q;
        }
        int[] cue = nearestRun(t, labels, CUE, s, run);
        Span mention = t.span(source[0], source[1]);
        int e = -1;
        for (int i = source[1] - 1; i >= source[0] && e < 0; i--) {
            e = t.entityId[i] != null ? i : -1;
        }
        return q.withSpeaker(cue == null ? null : t.span(cue[0], cue[1]), mention, e < 0 ? mention.of(t.text) : t.entityName[e],
                e < 0 ? null : t.entityId[e]);
    }

    private static int[] nearestRun(TokenTable t, String[] labels, String label, int sentence, int[] run) {
        int[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = t.sentenceFirst[sentence]; i < t.sentenceEnd[sentence] && i < labels.length; i++) {
            if (!labels[i].equals(label) || i >= run[0] && i < run[1]) {
                continue;
            }
            int b = i;
            while (i < t.sentenceEnd[sentence] && i < labels.length && labels[i].equals(label)) {
                i++;
            }
            int distance = i <= run[0] ? run[0] - i : b - run[1];
            if (distance < bestDistance) {
                best = new int[] {b, i};
                bestDistance = distance;
            }
        }
        return best;
    }

    private static double share(Span a, Span b) {
        int overlap = Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
        return (double) overlap / Math.max(a.length(), b.length());
    }
}
