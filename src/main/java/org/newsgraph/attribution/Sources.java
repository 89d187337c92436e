package org.newsgraph.attribution;

import static org.newsgraph.attribution.ClauseWords.*;
import static org.newsgraph.attribution.TimeWords.*;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.resolution.Speaker;

/**
 * Who a verb, noun or adjective of saying belongs to: the speaker right before it, the subject of
 * the sentence for "…, saying …" or "X … and said …", the phrase a relative pronoun stands for
 * ("Rep. Bobby Scott, who said …"), or the noun phrase before it ("the bank said", "73 percent").
 */
final class Sources {
    private final Document doc;
    private final AttributionLexicon lexicon;
    private final SpeakerPhrases phrases;

    Sources(Document doc, AttributionLexicon lexicon, SpeakerPhrases phrases) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.phrases = phrases;
    }

    private static final Set<String> PREPOSITIONS_IN_NAMES = Set.of("of", "on", "by", "for", "from", "at", "with", "in");
    private static final Set<String> VERB_LINKS = Set.of("to", "by", "of");
    private static final Set<String> QUANTIFIERS = Set.of("many", "some", "most", "all", "several", "few", "none", "one", "two",
            "each", "both", "half");
    /**
     * Who the verb belongs to: the speaker right before it; for "…, saying …" or "X … and said …"
     * the subject of the sentence; else the noun phrase before it ("the bank said").
     */
    Speaker source(List<Token> t, List<String> tags, int from, int cue, Quote previous) {
        int k = cue - 1;
        while (k >= from) {
            int phrase = prepositionalTimePhrase(tags, from, t, k);
            if (phrase > from) {
                k = phrase - 1; // "has in the past said", "earlier in the day touted", "did not at any time Thursday mention"
                continue;
            }
            if (!(ClauseWords.AUXILIARIES.contains(lower(t, k)) || TIME_WORDS.contains(lower(t, k))
                    || tags.get(k).startsWith("RB") && !lower(t, k).equals("not") && k > from
                    || k > from && isDateWord(t, k, cue)
                    || k + 1 < cue && (TIME_WORDS.contains(lower(t, k + 1)) || isDateWord(t, k + 1, cue)) && (lower(t, k).equals("on") || lower(t, k).equals("in")))) {
                break;
            }
            k--; // "David Axelrod on Wednesday called on …", "an arbitration panel in 2001 found …", "a poll released in late August found"
        }
        if (k < from) {
            return null;
        }
        boolean participle = lower(t, cue).endsWith("ing") && t.get(k).word().equals(",");
        boolean complementOfAnotherVerb = VERB_LINKS.contains(lower(t, k)) && k > from // "appeared to suggest", "by emphasizing"
                || tags.get(cue).equals("VBG") && (FINITE_VERB_TAGS.contains(tags.get(k)) || tags.get(k).equals("VB"))
                && !BE.contains(lower(t, k)); // "avoids condemning", "could not resist pointing out"
        boolean coordinated = COORDINATORS.contains(lower(t, k));
        boolean resumed = t.get(k).word().equals(",") && k > from && previous != null && previous.content().end() == t.get(k - 1).span().end()
                && !closesRelativeClause(previous); // "Podesta, who said …, said he was unaware": the main verb is Podesta's
        if ((coordinated || resumed) && previous != null && previous.speakerMention() != null && previous.speakerMention().end() <= t.get(k).span().begin()
                && previous.content().end() <= t.get(k).span().end()) {
            // "His aides say it's too early … but noted that …", "who understood a push would be fruitless, told his
            // advisers to …": the second verb has the first one's source
            return new Speaker(previous.speakerMention(), previous.speakerText(), previous.speakerEntityId(), null);
        }
        int pronoun = coordinated ? relativePronounBefore(t, from, k) : -1;
        Speaker relative = pronoun > 0 ? relativeSource(t, tags, from, pronoun) : null;
        if (relative != null) {
            return relative; // "demonstrators, who have taken to the streets and called for …"
        }
        Speaker said = participle ? sourceOfSayingBefore(t, from, k) : null;
        if (said != null) {
            return said; // "“…,” he told the group, adding that …": whoever said it adds
        }
        if (participle || complementOfAnotherVerb || coordinated) {
            Speaker main = participle ? phrases.subjects().mainVerbSubject(t.subList(from, t.size()), k - from) : null;
            Speaker subject = lexicon.canSpeak(doc.text(), main) ? main : phrases.subjects().clauseSubject(t.subList(from, t.size()), k - from, null, null);
            return lexicon.canSpeak(doc.text(), subject) ? subject : null;
        }
        if (RELATIVE_PRONOUNS.contains(lower(t, k))) {
            return relativeSource(t, tags, from, k);
        }
        int verb = tags.get(cue).equals("VBG") ? verbBeforeObject(t, tags, from, k) : -1;
        Speaker subject = verb > from ? phrases.before().adjacentBefore(t, from, verb, null) : null;
        if (lexicon.canSpeak(doc.text(), subject)) {
            // "Trump's campaign released a statement saying …", "went on the record endorsing …": the
            // clause's subject speaks, not the thing it released or went on
            return subject;
        }
        Speaker sp = phrases.before().adjacentBefore(t, from, k + 1, null);
        if (sp != null && lexicon.canSpeak(doc.text(), sp)) {
            return sp;
        }
        int clauseStart = t.get(k).word().equals(",") ? relativeClauseBefore(t, from, k) : -1;
        return clauseStart > from ? source(t, tags, from, clauseStart, null) : nounPhraseBefore(t, tags, from, k);
    }

    /**
     * The preposition opening a time phrase that ends at {@code end} ("in the past", "in recent
     * weeks", "at any time Thursday"), or -1: it stands between a subject and its verb, and its
     * noun is no speaker.
     */
    private static int prepositionalTimePhrase(List<String> tags, int from, List<Token> t, int end) {
        if (!isTimeHead(lower(t, end))) {
            return -1;
        }
        int k = end - 1;
        while (k >= from && end - k <= MAX_NOUN_PHRASE && (isTimeHead(lower(t, k)) || tags.get(k).equals("DT") || tags.get(k).startsWith("JJ"))) {
            k--;
        }
        return k >= from && TIME_PREPOSITIONS.contains(lower(t, k)) ? k : -1;
    }

    /**
     * The speaker of a verb of saying that ends the clause before {@code comma}, perhaps with the
     * one told ("he said,", "Warren told the group,"), or null.
     */
    private Speaker sourceOfSayingBefore(List<Token> t, int from, int comma) {
        for (int cue = comma - 1; cue > from && comma - cue <= MAX_OBJECT_BEFORE_TO; cue--) {
            if (lexicon.isCue(t.get(cue).word())) {
                Speaker sp = phrases.before().adjacentBefore(t, from, cue, null);
                return sp != null && lexicon.canSpeak(doc.text(), sp) ? sp : null;
            }
            if (ClauseWords.isPunct(t.get(cue).word())) {
                return null;
            }
        }
        return null;
    }

    /**
     * The verb whose object ends in the common noun at {@code k}, perhaps after one preposition
     * ("released a statement", "opened a Rochester rally", "was heard on a microphone"), when that
     * noun is a thing or a document rather than one who speaks ("making a pitch to voters" is left
     * alone); or -1.
     */
    private int verbBeforeObject(List<Token> t, List<String> tags, int from, int k) {
        String head = t.get(k).word();
        if (!tags.get(k).equals("NN") && !tags.get(k).equals("NNS") || lexicon.isSpeakerNoun(head) && !lexicon.isDocumentNoun(head)) {
            return -1;
        }
        int b = k;
        for (int prepositions = 0; ; prepositions++) {
            while (b - 1 >= from && NOUN_PHRASE_TAGS.contains(tags.get(b - 1)) && !tags.get(b - 1).equals("VBN")) {
                b--; // not "released", "heard": the verb the object hangs from
            }
            if (prepositions > 0 || b - 1 < from || !tags.get(b - 1).equals("IN")) {
                break;
            }
            b--;
        }
        return b - 1 >= from && tags.get(b - 1).startsWith("VB") && !BE.contains(lower(t, b - 1)) ? b - 1 : -1;
    }

    /**
     * ", who …" or ", which …" still open before {@code k}: the pronoun's index, or -1; a comma
     * after the pronoun closes the relative clause ("Weber, who advises Kasich, is no fan of Trump
     * but lauded …": the main clause's verb).
     */
    private static int relativePronounBefore(List<Token> t, int from, int k) {
        for (int j = k - 1; j > from; j--) {
            if (opensRelativeClause(t, j - 1)) {
                return j;
            }
            if (t.get(j).word().equals(";") || t.get(j).word().equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the previous statement's source is a relative pronoun, whose clause the comma after its content closes. */
    private boolean closesRelativeClause(Quote previous) {
        return previous.speakerMention() != null && RELATIVE_PRONOUNS.contains(previous.speakerMention().of(doc.text()).toLowerCase(Locale.ROOT));
    }

    /** ", who" or ", which" at {@code comma}: a relative clause about the phrase before it begins. */
    private static boolean opensRelativeClause(List<Token> t, int comma) {
        return t.get(comma).word().equals(",") && comma + 1 < t.size() && (lower(t, comma + 1).equals("who") || lower(t, comma + 1).equals("which"));
    }

    /** "The poll, which tracks support daily, showed …": the comma opening the relative clause that ends at {@code comma}, or -1. */
    private static int relativeClauseBefore(List<Token> t, int from, int comma) {
        for (int j = comma - 2; j > from && comma - j <= MAX_SOURCE_AFTER_COMMA + 8; j--) {
            String w = t.get(j).word();
            if (opensRelativeClause(t, j)) {
                return j;
            }
            if (w.equals(",") || w.equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Rep. Bobby Scott, who said he is honored …", "the rules that promise to …": the relative
     * pronoun is the source as written, and stands for the phrase it follows.
     */
    private Speaker relativeSource(List<Token> t, List<String> tags, int from, int pronoun) {
        int first = pronoun;
        if (pronoun - 2 >= from && lower(t, pronoun - 1).equals("of") && QUANTIFIERS.contains(lower(t, pronoun - 2))) {
            first = pronoun - 2; // "families of 9/11 victims, many of whom say …"
        }
        int before = first - 1;
        if (before >= from && t.get(before).word().equals(",")) {
            before--;
        }
        if (before < from || lower(t, pronoun).equals("that") && !tags.get(before).startsWith("NN")) {
            return null; // "said that officials …" is not a relative clause
        }
        Speaker antecedent = phrases.before().adjacentBefore(t, from, before + 1, null);
        if (antecedent == null || !lexicon.canSpeak(doc.text(), antecedent)) {
            antecedent = nounPhraseBefore(t, tags, from, before);
        }
        Span mention = new Span(t.get(first).span().begin(), t.get(pronoun).span().end());
        return antecedent == null ? null : new Speaker(mention, antecedent.text(), antecedent.entityId(), null);
    }

    /** "the bank", "Experts on North Korea", "73 percent": the noun phrase whose head noun is at {@code k}. */
    private Speaker nounPhraseBefore(List<Token> t, List<String> tags, int from, int k) {
        int last = k;
        int head = headBeforeAdjectivePhrase(t, tags, from, k);
        if (head >= 0) {
            k = head; // "people familiar with the matter", "those close to him"
        }
        if (tags.get(k).equals("VBN") && k - 1 >= from && tags.get(k - 1).startsWith("NN")) {
            k--; // "The latest opinion poll released Friday shows …": the poll, not its release
            last = k;
        }
        if (!tags.get(k).startsWith("NN") && !tags.get(k).equals("CD") && !lexicon.isSpeakerNoun(t.get(k).word())) {
            return null; // "the bank", "73 percent", "some", "others"
        }
        int b = k;
        while (b - 1 >= from && k - b < MAX_NOUN_PHRASE && (NOUN_PHRASE_TAGS.contains(tags.get(b - 1)) || tags.get(b - 1).startsWith("NN")
                || tags.get(b - 1).equals("RB") && (tags.get(b).equals("VBN") || tags.get(b).startsWith("JJ"))
                || PREPOSITIONS_IN_NAMES.contains(lower(t, b - 1)) && b - 2 >= from && tags.get(b - 2).startsWith("NN"))) {
            b--;
        }
        if (PREPOSITIONS_IN_NAMES.contains(lower(t, b))) {
            b++;
        }
        Span phrase = new Span(t.get(b).span().begin(), t.get(last).span().end());
        return new Speaker(phrase, phrase.of(doc.text()), null, null);
    }

    /**
     * The noun a source phrase hangs from when it ends in "familiar with the matter" or "close to
     * him": the word before the adjective, or -1.
     */
    private static int headBeforeAdjectivePhrase(List<Token> t, List<String> tags, int from, int k) {
        for (int p = k - 1; p - 2 >= from && k - p <= MAX_NOUN_PHRASE; p--) {
            String w = lower(t, p);
            if ((w.equals("with") || w.equals("to")) && (tags.get(p - 1).startsWith("JJ") || tags.get(p - 1).startsWith("RB"))) {
                return p - 2;
            }
            if (ClauseWords.isPunct(t.get(p).word())) {
                return -1;
            }
        }
        return -1;
    }
}
