package org.newsgraph.attribution;

import static org.newsgraph.attribution.ClauseWords.*;
import static org.newsgraph.attribution.TimeWords.*;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.resolution.Speaker;

/**
 * Reported speech carried by a noun or an adjective rather than a verb: a noun of saying with its
 * "that" clause or what it is about ("the police's claim that …", "allegations of fraud"), an
 * adjective of belief or feeling ("were frustrated that …"), a noun of stance after a verb ("has
 * been a supporter of NATO"). Sources and clause ends are found as for verbs, by {@link Sources} and {@link ClauseEnds}.
 */
final class NominalAttributions {
    private static final Set<String> NOUN_PREPOSITIONS = Set.of("about", "of", "on", "over");
    private static final Set<String> PREDICATE_NOMINAL_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "RB", "RBR", "CC", "PRP$", "CD");
    private final Document doc;
    private final AttributionLexicon lexicon;
    private final SpeakerPhrases phrases;
    private final Sources sources;
    private final ClauseEnds ends;

    NominalAttributions(Document doc, AttributionLexicon lexicon, SpeakerPhrases phrases, Sources sources, ClauseEnds ends) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.phrases = phrases;
        this.sources = sources;
        this.ends = ends;
    }

    /** Adds to {@code out} the attributions by nouns and adjectives in one sentence's tokens, up to {@code end}. */
    void find(List<Token> t, List<String> tags, int end, List<Quote> out) {
        attributionNouns(t, tags, end, out);
        attributionAdjectives(t, tags, end, out);
        stanceNouns(t, tags, end, out);
    }

    /**
     * "Tulsa police's earlier claim that Crutcher had refused …": a noun of saying or believing
     * and its "that" clause; the source is the possessor before the noun, if any.
     */
    private void attributionNouns(List<Token> t, List<String> tags, int end, List<Quote> out) {
        for (int k = 1; k + 2 < end; k++) {
            if (!lexicon.isAttributionNoun(t.get(k).word())) {
                continue;
            }
            if (NOUN_PREPOSITIONS.contains(lower(t, k + 1)) && tags.get(k).startsWith("NN")) {
                aboutWhat(t, tags, k, end, out);
                continue;
            }
            if (!lower(t, k + 1).equals("that") || tags.get(k + 2).startsWith("VB") || tags.get(k + 2).equals("MD")) {
                continue; // "the report that was released": a relative clause
            }
            Speaker possessor = possessor(t, k);
            if (!tags.get(k).startsWith("NN") && possessor == null && !ClauseWords.DETERMINERS.contains(lower(t, k - 1))) {
                continue; // "people who claim that": the verb, tagged or not
            }
            Speaker sp = possessor != null ? possessor : nounSource(t, tags, k);
            int contentStart = k + 2;
            int contentEnd = withoutTrailingCircumstance(t, contentStart, ends.clauseEnd(t, tags, contentStart, end, true));
            Span content = new Span(t.get(contentStart).span().begin(), t.get(contentEnd - 1).span().end());
            if (contentEnd - contentStart < MIN_CLAUSE_TOKENS || out.stream().anyMatch(q -> q.content().begin() == content.begin())) {
                continue;
            }
            Span cue = t.get(k).span();
            out.add(nounQuote(content, cue, sp));
        }
    }

    /**
     * "Protesters were frustrated that the police released only some of the footage", "he is
     * worried about the debt": an adjective of belief or feeling after "be", "feel" or "came away",
     * its "that" clause or what it is about; the source is the subject of that verb.
     */
    private void attributionAdjectives(List<Token> t, List<String> tags, int end, List<Quote> out) {
        for (int k = 2; k + 2 < end; k++) {
            String next = lower(t, k + 1);
            boolean that = next.equals("that") && !startsPredicate(tags, k + 2) && !tags.get(k + 2).startsWith("VB");
            if (!lexicon.isAttributionAdjective(t.get(k).word()) || !that && !next.equals("about")) {
                continue;
            }
            int verb = k - 1;
            while (verb > 0 && (tags.get(verb).startsWith("RB") || lower(t, verb).equals("away") || lower(t, verb).equals("not"))) {
                verb--; // "were also incensed", "came away convinced"
            }
            if (!tags.get(verb).startsWith("VB") || lower(t, verb).startsWith("mak")) {
                continue; // "to make sure that …" is nobody's belief
            }
            Speaker sp = sources.source(t, tags, 0, verb, out.isEmpty() ? null : out.get(out.size() - 1));
            int start = k + 2;
            int contentEnd = withoutTrailingCircumstance(t, start, ends.clauseEnd(t, tags, start, end, that));
            if (sp == null || contentEnd - start < (that ? MIN_CLAUSE_TOKENS : MIN_OBJECT_TOKENS)) {
                continue;
            }
            Span content = new Span(t.get(start).span().begin(), t.get(contentEnd - 1).span().end());
            Span cue = new Span(t.get(verb).span().begin(), t.get(that ? k : k + 1).span().end());
            if (out.stream().noneMatch(q -> q.content().overlaps(content))) {
                out.add(new Quote(content, QuoteKind.INDIRECT, cue, sp.mention(), sp.text(), sp.entityId()));
            }
        }
    }

    /**
     * "his infamous comment about 47 percent of the country", "allegations of fraud": a noun of saying
     * and the noun phrase it is about, which ends before the sentence's verb.
     */
    private void aboutWhat(List<Token> t, List<String> tags, int noun, int end, List<Quote> out) {
        int start = noun + 2;
        if (start >= end || skipTimeWords(t, start, end) > start) {
            return; // "his remarks on Saturday"
        }
        int contentEnd = nounPhraseEnd(t, tags, start, end);
        if (contentEnd <= start) {
            return;
        }
        Span content = new Span(t.get(start).span().begin(), t.get(contentEnd - 1).span().end());
        Speaker sp = nounSource(t, tags, noun);
        Span cue = new Span(t.get(noun).span().begin(), t.get(noun + 1).span().end());
        out.add(nounQuote(content, cue, sp));
    }

    /**
     * "Clinton has been a consistent supporter of NATO", "Rep. Scott, who is a staunch opponent of the
     * death penalty": somebody named as for or against something by what they are; the source is
     * the subject of the verb before the noun, and without one ("critics of the deal said") there is none.
     */
    private void stanceNouns(List<Token> t, List<String> tags, int end, List<Quote> out) {
        for (int k = 2; k + 2 < end; k++) {
            if (!lexicon.isStanceNoun(t.get(k).word()) || !lower(t, k + 1).equals("of") || !tags.get(k).startsWith("NN")) {
                continue;
            }
            int verb = k - 1;
            while (verb > 0 && k - verb <= MAX_NOUN_PHRASE && PREDICATE_NOMINAL_TAGS.contains(tags.get(verb))) {
                verb--; // "has been a consistent and outspoken supporter of"
            }
            if (!tags.get(verb).startsWith("VB") || k - verb > MAX_NOUN_PHRASE) {
                continue;
            }
            Speaker sp = sources.source(t, tags, 0, verb, null);
            int start = k + 2;
            int contentEnd = nounPhraseEnd(t, tags, start, end);
            if (sp != null && contentEnd > start) {
                Span content = new Span(t.get(start).span().begin(), t.get(contentEnd - 1).span().end());
                Span cue = new Span(t.get(verb).span().begin(), t.get(k + 1).span().end());
                out.add(new Quote(content, QuoteKind.INDIRECT, cue, sp.mention(), sp.text(), sp.entityId()));
            }
        }
    }

    /** What a noun of saying or stance is about ends before the sentence's verb, a relative pronoun or a comma. */
    private int nounPhraseEnd(List<Token> t, List<String> tags, int start, int end) {
        int stop = WH_WORDS.contains(lower(t, start)) ? end : start; // "questions about how gender has affected her career"
        while (stop < end && !startsPredicate(tags, stop) && !RELATIVE_PRONOUNS.contains(lower(t, stop))
                && !t.get(stop).word().equals(",")) {
            stop++;
        }
        return withoutTrailingCircumstance(t, start, ends.clauseEnd(t, tags, start, stop, false));
    }

    /**
     * Whose words a noun of saying holds: the possessor ("his warning"), else the subject of the verb
     * the noun is object of ("Trump is raising questions about …", "senators expressed concern that …").
     */
    private Speaker nounSource(List<Token> t, List<String> tags, int noun) {
        Speaker sp = possessor(t, noun);
        boolean agent = indexOf(t, "by", Math.max(0, noun - MAX_OBJECT_BEFORE_TO), noun) >= 0; // "dogged by charges that …"
        if (sp == null && !agent && hasVerbBefore(tags, noun)) {
            Speaker subject = phrases.subjects().clauseSubject(t, noun, null, null);
            sp = lexicon.canSpeak(doc.text(), subject) ? subject : null;
        }
        return sp;
    }

    /** A noun of saying needs no source: "allegations of fraud". */
    private static Quote nounQuote(Span content, Span cue, Speaker sp) {
        return sp == null ? new Quote(content, QuoteKind.INDIRECT, cue, null, null, null)
                : new Quote(content, QuoteKind.INDIRECT, cue, sp.mention(), sp.text(), sp.entityId());
    }

    /** The noun is the object of a verb within the few words before it ("answered questions about"). */
    private static boolean hasVerbBefore(List<String> tags, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - MAX_OBJECT_BEFORE_TO); k--) {
            if (tags.get(k).startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    /** "Tulsa police's earlier claim", "his warning": whose claim it is, within three words before the noun. */
    private Speaker possessor(List<Token> t, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
            String w = lower(t, k);
            if (ClauseWords.isPossessive(w)) {
                Speaker s = phrases.before().adjacentBefore(t, 0, k, null);
                return s != null && lexicon.canSpeak(doc.text(), s) ? s : null;
            }
            if (w.equals("his") || w.equals("her") || w.equals("their") || w.equals("its")) {
                return phrases.antecedents().pronoun(t.get(k), null, null);
            }
        }
        return null;
    }
}
