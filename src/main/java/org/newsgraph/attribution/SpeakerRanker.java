package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;

/**
 * The speaker ranker's two uses, kept in one place so that training and applying see the same
 * candidates and features: the labelled examples of one quote, and the choice for one quote.
 */
final class SpeakerRanker {
    /*
     * Chosen by 5-fold cross-validation on polnear-train (docs/attribution.md). A direct quote's
     * speaker changes from the rules' choice only when another candidate scores MARGIN more: the
     * quote rules are precise on direct quotes, and no margin traded dev accuracy for fold
     * accuracy. A quote the rules left without a speaker gets the best candidate when its score
     * reaches UNATTRIBUTED.
     */
    private static final double MARGIN = 0.15;
    private static final double INDIRECT_MARGIN = 0;
    private static final double UNATTRIBUTED = 0.3;
    /*
     * A verb proposal ({@link ReportedCues}) with no subject right before its verb ("X, who ...,
     * hailed ...") takes the best candidate from this score on: 2026-12-07, 5-fold CV on
     * polnear-train reported speakers 5406 -> 5457 of 6265, dev 753 -> 755 of 829; 0.5 gave
     * 5438 and 753 (docs/attribution.md).
     */
    static final double UNSOURCED_PROPOSAL = 0.3;
    private static final SourcelessCues SOURCELESS = new SourcelessCues();

    private SpeakerRanker() {
    }

    /** One example per candidate, labelled by the annotated source; none when no candidate is right. */
    static List<BinaryClassifier.Example> examples(TokenView v, SpeakerCandidates candidates, Quote q, OtherQuotes others, GoldAttribution g) {
        List<SpeakerCandidates.Candidate> cs = candidates.of(v, q);
        if (cs.stream().noneMatch(c -> g.isSource(c.mention()))) {
            return List.of(); // nothing to choose: the ranker learns only where a right answer is on offer
        }
        List<BinaryClassifier.Example> out = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            out.add(new BinaryClassifier.Example(SpeakerFeatures.of(v, q, cs, i, others), g.isSource(cs.get(i).mention())));
        }
        return out;
    }

    /**
     * The quote with the best-scoring candidate for its speaker; {@code proposal}: the quote is a
     * verb proposal ({@link ReportedCues}), not the rules'.
     */
    static Quote rerank(BinaryClassifier speaker, TokenView v, SpeakerCandidates candidates, Quote q, OtherQuotes others, MentionResolver resolver,
                        boolean proposal) {
        if (q.kind() == QuoteKind.INDIRECT && q.cue() != null && namesNoSource(v, q.cue())) {
            // "Putin seemed to …", "Asked about the wall, …": the subject is no source, whoever scores best
            return q.speakerMention() == null ? q : q.withSpeaker(q.cue(), null, null, null);
        }
        if (q.speakerMention() == null && q.kind() == QuoteKind.INDIRECT && !proposal) {
            // reported speech the rules leave unsourced ("dogged by charges that ...") stays so; a
            // proposal lacks a source only because its subject is not right before the verb
            return q;
        }
        if (q.speakerMention() != null && others.inOtherThan(q, q.content())) {
            // nested reported speech ("X says Y promised to ..."): its speaker stands inside the outer
            // quote, where the ranker's features count against a candidate; the rules' choice stands
            return q;
        }
        List<SpeakerCandidates.Candidate> cs = candidates.of(v, q);
        SpeakerCandidates.Candidate best = null;
        double bestScore = -1;
        double ruleScore = -1;
        for (int i = 0; i < cs.size(); i++) {
            double s = speaker.yes(SpeakerFeatures.of(v, q, cs, i, others));
            if (cs.get(i).rule()) {
                ruleScore = s;
            } else if (s > bestScore) {
                best = cs.get(i);
                bestScore = s;
            }
        }
        if (best == null) {
            return q;
        }
        boolean take = q.speakerMention() == null ? bestScore >= (proposal ? UNSOURCED_PROPOSAL : UNATTRIBUTED) : bestScore > ruleScore + (q.kind() == QuoteKind.INDIRECT ? INDIRECT_MARGIN : MARGIN);
        if (!take) {
            return q;
        }
        if (best.entityId() == null) {
            return resolver.attribute(q, best.mention());
        }
        if (q.speakerEntityId() != null && q.speakerText() != null && isPartOf(best.text(), q.speakerText())) {
            // "Charles said" where the rules resolved "he" to Prince Charles: the entity layer may keep
            // "Charles" apart from "Prince Charles", but a name inside the rules' name is the same person
            return q.withSpeaker(q.cue(), best.mention(), q.speakerText(), q.speakerEntityId());
        }
        return q.withSpeaker(q.cue(), best.mention(), best.text(), best.entityId());
    }

    private static boolean namesNoSource(TokenView v, Span cue) {
        int first = v.first(cue);
        return SOURCELESS.at(v::word, v::tag, v.first(v.sentenceSpan(v.sentence(cue.begin()))), first);
    }

    /** The words of {@code name} stand, whole, inside {@code longer} ("Parker Bowles" in "Camilla Parker Bowles"). */
    static boolean isPartOf(String name, String longer) {
        String n = " " + name.strip() + " ", l = " " + longer.strip() + " ";
        return l.contains(n);
    }
}
