package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;

/**
 * Trains an {@link AttributionModel} from documents the rules have run over (their quotes
 * are the candidates) and the hand-annotated attributions of each. A candidate's label is
 * whether a benchmark would match it: reported speech at half the characters, a quoted
 * stretch at 80%; a speaker candidate is right when it overlaps the annotated source.
 */
public final class AttributionTrainer {
    public static final double REPORTED_OVERLAP = 0.5;
    public static final double DIRECT_OVERLAP = 0.8;
    /**
     * The reported-speech filter's threshold when no cross-validation chooses one: 0.00, what every
     * 5-fold run on polnear-train has chosen, so that training without --cross-validate gives the
     * shipped model too (it used to keep 0.5, a value cross-validation never picks).
     */
    public static final double THRESHOLD = 0.0;
    /**
     * A verb's proposal is added as reported speech from this probability on: with the L2-regularised
     * proposal classifier the 5-fold F1 on polnear-train is flat from 0.35 to 0.45 (0.561-0.559) and
     * falls above; 0.45 keeps the most precision there and has the best dev F1 (sixth session,
     * docs/attribution.md).
     */
    public static final double CUE_THRESHOLD = 0.45;
    private final BinaryClassifier.Trainer learner;
    private final BinaryClassifier.Trainer cueLearner;
    private final TokenClassifier.Trainer tokenLearner;
    private final UnaryOperator<String> wordClass;

    public record Annotated(Document rules, List<GoldAttribution> gold) {
        public Annotated {
            gold = List.copyOf(gold);
        }
    }

    /**
     * {@code cueLearner}: the verb proposals' classifier's learner; {@code tokenLearner}: the
     * reported-speech tagger's learner, or null for a model without a tagger; {@code wordClass}: a
     * word's class in the attribution word lists, a feature of the tagger.
     */
    public AttributionTrainer(BinaryClassifier.Trainer learner, BinaryClassifier.Trainer cueLearner, TokenClassifier.Trainer tokenLearner,
            UnaryOperator<String> wordClass) {
        this.learner = learner;
        this.cueLearner = cueLearner;
        this.tokenLearner = tokenLearner;
        this.wordClass = wordClass;
    }

    public AttributionModel train(List<Annotated> articles, String note) {
        List<BinaryClassifier.Example> reported = new ArrayList<>();
        List<BinaryClassifier.Example> speakers = new ArrayList<>();
        List<BinaryClassifier.Example> cues = new ArrayList<>();
        List<TokenTable> tables = new ArrayList<>();
        List<List<GoldAttribution>> gold = new ArrayList<>();
        for (Annotated a : articles) {
            TokenTable table = new TokenTable(a.rules(), a.rules().quotes(), wordClass);
            cues.addAll(ReportedCues.examples(table, a.rules().quotes(), a.gold()));
            if (tokenLearner != null) {
                tables.add(table);
                gold.add(a.gold());
            }
            TokenView v = new TokenView(a.rules());
            SpeakerCandidates candidates = new SpeakerCandidates(v, wordClass);
            List<Quote> quotes = a.rules().quotes();
            OtherQuotes others = new OtherQuotes(v, quotes);
            for (Quote q : quotes) {
                if (q.kind() == QuoteKind.INDIRECT) {
                    boolean right = a.gold().stream().anyMatch(g -> !g.direct() && g.overlapShare(q.content()) >= REPORTED_OVERLAP);
                    reported.add(new BinaryClassifier.Example(ReportedFeatures.of(v, q, others), right));
                }
                GoldAttribution g = match(q, a.gold());
                if (g != null) {
                    speakers.addAll(SpeakerRanker.examples(v, candidates, q, others, g));
                }
            }
        }
        ReportedTagger tagger = tokenLearner == null ? null : new ReportedTagger(tokenLearner.train(ReportedTagger.examples(tables, gold)));
        // data with no verb proposal right (or none wrong) teaches nothing: the model then adds none
        boolean bothKinds = cues.stream().anyMatch(BinaryClassifier.Example::yes) && cues.stream().anyMatch(e -> !e.yes());
        return new AttributionModel(learner.train(reported), learner.train(speakers), tagger, bothKinds ? cueLearner.train(cues) : null, CUE_THRESHOLD,
                wordClass, THRESHOLD, note);
    }

    /** The annotation a benchmark would match the quote with: the same kind, the most overlap, above the bar. */
    static GoldAttribution match(Quote q, List<GoldAttribution> gold) {
        boolean direct = q.kind() != QuoteKind.INDIRECT;
        double bar = direct ? DIRECT_OVERLAP : REPORTED_OVERLAP;
        GoldAttribution best = null;
        double bestShare = 0;
        for (GoldAttribution g : gold) {
            double share = g.overlapShare(q.content());
            if (g.direct() == direct && share >= bar && share > bestShare) {
                best = g;
                bestShare = share;
            }
        }
        return best;
    }
}
