package org.newsgraph.attribution;

import static org.newsgraph.attribution.ClauseWords.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.attribution.AttributionVerbs.Takes;
import org.newsgraph.resolution.Pronouns;
import org.newsgraph.resolution.Speaker;

/**
 * Reported speech carried by a word of saying: a source, an attribution verb and what the verb
 * takes ("X said (that) …", "the poll shows that …", "X called for …", "X wants to …", "…,
 * saying …"), the reported clause searched again for attributions inside it; then the nouns and
 * adjectives that carry reported speech ({@link NominalAttributions}).
 */
final class ReportedClauses {
    static final int MIN_OBJECT_TOKENS = 1;
    static final int MAX_OBJECT_BEFORE_TO = 4;
    private static final int MAX_PHRASE_BEFORE_THAT = 12;
    static final int MAX_NOUN_PHRASE = 8;
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "PRP$", "POS", "CD", "VBN");
    private static final Set<String> PREPOSITIONS_IN_NAMES = Set.of("of", "on", "by", "for", "from", "at", "with", "in");
    private static final Set<String> VERB_LINKS = Set.of("to", "by", "of");
    private static final int MAX_SOURCE_AFTER_COMMA = 12;
    static final Set<String> SUBORDINATORS = Set.of("as", "when", "while", "because", "after", "before", "until",
            "since", "although", "though", "if");
    private static final Set<String> QUANTIFIERS = Set.of("many", "some", "most", "all", "several", "few", "none", "one", "two",
            "each", "both", "half");
    private static final Set<String> DASHES = Set.of("--", "—", "–", "-");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "yet", "or");
    private final Document doc;
    private final AttributionLexicon lexicon;
    private final AttributionVerbs verbs;
    private final SpeakerPhrases phrases;
    private final NominalAttributions nominals;

    ReportedClauses(Document doc, AttributionLexicon lexicon, SpeakerPhrases phrases) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.verbs = lexicon.attributionVerbs();
        this.phrases = phrases;
        this.nominals = new NominalAttributions(doc, lexicon, phrases, this);
    }

    /** The attributions in one sentence's tokens (without its closing punctuation, up to {@code end}). */
    List<Quote> find(List<Token> t, List<String> tags, int end) {
        List<Quote> out = new ArrayList<>();
        int claimEnd = clauseBeforeSource(t, tags, end, out);
        if (claimEnd > 0) {
            attributionVerbs(t, tags, 0, claimEnd, out);
            return out;
        }
        attributionVerbs(t, tags, 0, end, out);
        nominals.find(t, tags, end, out);
        return out;
    }

    /**
     * A source, an attribution verb and what the verb takes, within [from, end); the reported
     * words are scanned again, since they may attribute something themselves.
     */
    private void attributionVerbs(List<Token> t, List<String> tags, int from, int end, List<Quote> out) {
        for (int cue = Math.max(from, 1); cue + 1 < end; cue++) {
            AttributionVerbs.Match verb = verbs.at(t, cue);
            if (verb == null || !tags.get(cue).startsWith("VB") && !verbBeforeClause(t, tags, cue) || lower(t, cue - 1).equals("having")) {
                continue; // "the plan", "his support": the noun, not the verb; "Having said that, …" reports nothing
            }
            if (tags.get(cue).equals("VBN") && cue > from && (BE.contains(lower(t, cue - 1)) || isReducedRelative(t, tags, from, cue))) {
                continue; // "is expected to", "a stream called Miracle Run": a passive names no source
            }
            Complement complement = complement(t, tags, cue, verb, end);
            if (complement == null) {
                continue;
            }
            Speaker sp = source(t, tags, from, cue, out.isEmpty() ? null : out.get(out.size() - 1));
            if (sp == null) {
                continue;
            }
            int contentStart = complement.start();
            boolean clause = complement.kind() == Takes.THAT
                    || complement.kind() == Takes.CLAUSE && !(verb.takes().contains(Takes.OBJECT) && isNounPhrase(t, tags, contentStart, end));
            int contentEnd = withoutTrailingCircumstance(t, contentStart, clauseEnd(t, tags, contentStart, end, clause));
            if (!clause) {
                contentEnd = purposeStart(t, tags, contentStart, contentEnd);
            }
            boolean relative = cue > 1 && lower(t, cue - 1).equals("who") && t.get(cue - 2).word().equals(",");
            if (relative) {
                int close = indexOf(t, ",", contentStart, contentEnd);
                contentEnd = close > 0 ? close : contentEnd; // "Tom Baxter, who wrote the musical …, lives in Leeds": the relative clause ends at its comma
            }
            int min = clause ? MIN_CLAUSE_TOKENS : MIN_OBJECT_TOKENS;
            // "told reporters the plan", "will prove a costly project", ", who wrote the musical": after "tell", a
            // modal or a relative "who", a clause without "that" needs a verb of its own (else it is an object)
            boolean bare = clause && complement.kind() == Takes.CLAUSE
                    && (verb.lemma().equals("tell") || tags.get(cue - 1).equals("MD") || relative);
            if (contentEnd - contentStart >= min && (!bare || hasFiniteVerb(tags, contentStart, contentEnd))) {
                Span cueSpan = new Span(t.get(cue).span().begin(), t.get(cue + verb.length() - 1).span().end());
                out.add(IndirectSpeech.quote(t, contentStart, contentEnd, new Speaker(sp.mention(), sp.text(), sp.entityId(), cueSpan)));
                attributionVerbs(t, tags, contentStart, contentEnd, out);
                cue = contentEnd;
            }
        }
    }

    /**
     * "Donations hit $1.1 billion, a USA TODAY analysis shows." / "…, the poll found on Monday.":
     * the claim before a comma, its source and a verb that takes a clause ending the sentence. Adds
     * the claim to {@code out} and returns where it ends (the comma), or -1.
     */
    private int clauseBeforeSource(List<Token> t, List<String> tags, int end, List<Quote> out) {
        int cue = end - 1;
        while (cue > 0 && (TIME_WORDS.contains(lower(t, cue)) || tags.get(cue).equals("RB"))) {
            cue--;
        }
        AttributionVerbs.Match verb = verbs.at(t, cue);
        if (verb == null || verb.length() != 1 || !tags.get(cue).startsWith("VB") || tags.get(cue).equals("VBN") && BE.contains(lower(t, cue - 1))
                || !verb.takes().contains(Takes.THAT) && !verb.takes().contains(Takes.CLAUSE)) {
            return -1;
        }
        int comma = cue - 1;
        while (comma >= MIN_CLAUSE_TOKENS && !t.get(comma).word().equals(",")) {
            comma--;
        }
        if (comma < MIN_CLAUSE_TOKENS || cue - comma > MAX_SOURCE_AFTER_COMMA || isSubordinateClause(t, comma)) {
            return -1;
        }
        Speaker sp = source(t, tags, comma + 1, cue, null);
        if (sp != null && sp.mention().begin() > t.get(comma + 1).span().begin() && modifiersBefore(t, tags, comma + 1, sp.mention().begin())) {
            // "…, the candidate’s former doctor maintains.": the whole noun phrase is who speaks
            Span whole = new Span(t.get(comma + 1).span().begin(), sp.mention().end());
            sp = new Speaker(whole, sp.entityId() == null ? whole.of(doc.text()) : sp.text(), sp.entityId(), null);
        }
        if (sp == null || sp.mention().begin() != t.get(comma + 1).span().begin()) {
            return -1;
        }
        out.add(IndirectSpeech.quote(t, 0, comma, new Speaker(sp.mention(), sp.text(), sp.entityId(), t.get(cue).span())));
        return comma;
    }

    /**
     * "Documents from the return show he took a loss": a verb the tagger read as a noun after
     * another noun, known by the pronoun and finite verb that follow it.
     */
    private static boolean verbBeforeClause(List<Token> t, List<String> tags, int k) {
        return tags.get(k).startsWith("NN") && tags.get(k - 1).startsWith("NN") && k + 2 < t.size()
                && Pronouns.PERSON.contains(lower(t, k + 1)) && startsPredicate(tags, k + 2);
    }

    /** The words from {@code first} up to {@code mentionBegin} modify the noun phrase there: "the", "the candidate’s". */
    private static boolean modifiersBefore(List<Token> t, List<String> tags, int first, int mentionBegin) {
        for (int k = first; k < t.size() && t.get(k).span().begin() < mentionBegin; k++) {
            if (!NOUN_PHRASE_TAGS.contains(tags.get(k)) && !tags.get(k).startsWith("NN")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "When Clinton noted that …, Trump boasted": the words before {@code comma} are one subordinate
     * clause, the circumstance of what the source says, not a claim of its own.
     */
    static boolean isSubordinateClause(List<Token> t, int comma) {
        return SUBORDINATORS.contains(lower(t, 0)) && indexOf(t, ",", 0, comma) < 0;
    }

    /** After "that, in addition to Scott, he …": the first word past the inserted phrase, or {@code end}. */
    private static int skipParenthetical(List<Token> t, int comma, int end) {
        int close = indexOf(t, ",", comma + 1, end);
        return close < 0 ? end : close + 1;
    }

    /** Where the reported words start after a verb, and what the verb takes there. */
    private record Complement(int start, Takes kind) {
    }

    /** The complement of the verb at {@code cue}, or null when this use of the verb reports nothing. */
    private Complement complement(List<Token> t, List<String> tags, int cue, AttributionVerbs.Match verb, int end) {
        int after = skipTimeWords(t, cue + verb.length(), end);
        if (after >= end) {
            return null;
        }
        Set<Takes> takes = verb.takes();
        int clause = verb.takesAddressee() ? skipObject(t, after, end) : after;
        if (takes.contains(Takes.THAT)) {
            boolean having = cue > 0 && lower(t, cue - 1).equals("having");
            if (lower(t, clause).equals("that") && clause + 1 < end && !having) {
                if (startsPredicate(tags, clause + 1)) {
                    return new Complement(clause, Takes.CLAUSE); // "few experts believe that is likely": "that" is the subject
                }
                int first = t.get(clause + 1).word().equals(",") ? skipParenthetical(t, clause + 1, end) : clause + 1;
                return first < end ? new Complement(first, Takes.THAT) : null; // "say that, in addition to Scott, he …"
            }
            boolean phrase = PREPOSITIONS.contains(lower(t, clause)) && !lower(t, clause).equals("to");
            if (phrase || t.get(clause).word().equals(",")) {
                int that = indexOf(t, "that", clause, Math.min(end, clause + MAX_PHRASE_BEFORE_THAT));
                boolean closed = that > 0 && t.get(that - 1).word().equals(",") && indexOf(t, ",", that + 1, that + 2) < 0;
                boolean shortPhrase = phrase && that > 0 && that - clause <= MAX_OBJECT_BEFORE_TO && isObjectPhrase(t, clause, that);
                if ((closed || shortPhrase) && that + 1 < end && !startsPredicate(tags, that + 1)) {
                    // "says at a campaign stop in Toledo, Ohio, that …", "says in Ohio that …", "cautioned, as did the campaign, that …"
                    return new Complement(that + 1, Takes.THAT);
                }
            }
        }
        if (takes.contains(Takes.TO)) {
            int to = indexOf(t, "to", after, Math.min(end, after + MAX_OBJECT_BEFORE_TO + 1));
            if (to == after || to > after && isObjectPhrase(t, after, to)) {
                return new Complement(after, Takes.TO);
            }
        }
        if (takes.contains(Takes.CLAUSE) && clause < end && (startsClause(t.get(clause).word()) || isNoPhrase(t, tags, clause, end))) {
            return new Complement(clause, Takes.CLAUSE);
        }
        int subject = takes.contains(Takes.CLAUSE) && PREPOSITIONS.contains(lower(t, clause)) ? pronounAfterPhrase(t, tags, clause, end) : -1;
        if (subject > 0) {
            return new Complement(subject, Takes.CLAUSE); // "said after the convention he would not accept …"
        }
        if (takes.contains(Takes.OBJECT) && (startsObject(t.get(after).word()) || isNoPhrase(t, tags, after, end))) {
            return new Complement(after, Takes.OBJECT);
        }
        return null;
    }

    /**
     * Who the verb belongs to: the speaker right before it; for "…, saying …" or "X … and said …"
     * the subject of the sentence; else the noun phrase before it ("the bank said").
     */
    Speaker source(List<Token> t, List<String> tags, int from, int cue, Quote previous) {
        int k = cue - 1;
        while (k >= from && (ClauseWords.AUXILIARIES.contains(lower(t, k)) || TIME_WORDS.contains(lower(t, k))
                || tags.get(k).startsWith("RB") && !lower(t, k).equals("not") && k > from
                || k > from && isDateWord(t, k, cue)
                || k + 1 < cue && (TIME_WORDS.contains(lower(t, k + 1)) || isDateWord(t, k + 1, cue)) && (lower(t, k).equals("on") || lower(t, k).equals("in")))) {
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
        boolean resumed = t.get(k).word().equals(",") && k > from && previous != null && previous.content().end() == t.get(k - 1).span().end();
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
            Speaker subject = phrases.clauseSubject(t.subList(from, t.size()), k - from, null, null);
            return lexicon.canSpeak(doc.text(), subject) ? subject : null;
        }
        if (RELATIVE_PRONOUNS.contains(lower(t, k))) {
            return relativeSource(t, tags, from, k);
        }
        Speaker sp = phrases.adjacentBefore(t, from, k + 1, null);
        if (sp != null && lexicon.canSpeak(doc.text(), sp)) {
            return sp;
        }
        int clauseStart = t.get(k).word().equals(",") ? relativeClauseBefore(t, from, k) : -1;
        return clauseStart > from ? source(t, tags, from, clauseStart, null) : nounPhraseBefore(t, tags, from, k);
    }

    /**
     * "near a mountain stream called Miracle Run", "injections intended to calm her": a participle
     * after a common noun that a verb of the main clause before it has already placed in the
     * sentence describes that noun; nobody says anything. A verb of a relative clause ("One of the
     * docs who sent the letter called Oz …") places nothing.
     */
    private static boolean isReducedRelative(List<Token> t, List<String> tags, int from, int cue) {
        String before = tags.get(cue - 1);
        if (!tags.get(cue).equals("VBN") || !before.equals("NN") && !before.equals("NNS")) {
            return false;
        }
        for (int k = from; k < cue - 1; k++) {
            if (startsPredicate(tags, k) && !(k > from && RELATIVE_PRONOUNS.contains(lower(t, k - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker of a verb of saying that ends the clause before {@code comma}, perhaps with the
     * one told ("he said,", "Warren told the group,"), or null.
     */
    private Speaker sourceOfSayingBefore(List<Token> t, int from, int comma) {
        for (int cue = comma - 1; cue > from && comma - cue <= MAX_OBJECT_BEFORE_TO; cue--) {
            if (lexicon.isCue(t.get(cue).word())) {
                Speaker sp = phrases.adjacentBefore(t, from, cue, null);
                return sp != null && lexicon.canSpeak(doc.text(), sp) ? sp : null;
            }
            if (ClauseWords.isPunct(t.get(cue).word())) {
                return null;
            }
        }
        return null;
    }

    /** ", who …" or ", which …" within the clause before {@code k}: the pronoun's index, or -1. */
    private static int relativePronounBefore(List<Token> t, int from, int k) {
        for (int j = k - 1; j > from; j--) {
            if (opensRelativeClause(t, j - 1)) {
                return j;
            }
            if (t.get(j).word().equals(";")) {
                return -1;
            }
        }
        return -1;
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
        Speaker antecedent = phrases.adjacentBefore(t, from, before + 1, null);
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

    /** The reported words run to the end of the clause: a semicolon, a dash, or ", saying …" / ", but …". */
    int clauseEnd(List<Token> t, List<String> tags, int start, int end, boolean clause) {
        boolean subordinate = SUBORDINATORS.contains(lower(t, 0)) && indexOf(t, ",", 0, start) < 0;
        for (int k = start + 1; k < end; k++) {
            String w = t.get(k).word();
            if (w.equals(";")) {
                return k;
            }
            if (!clause && COORDINATORS.contains(lower(t, k)) && k + 1 < end && startsPredicateAfterAdverbs(tags, k + 1)) {
                return k; // "has promoted unproven therapies and downplayed the risk": the source's next predicate
            }
            if (!clause && (DASHES.contains(w) || w.equals(",") && k + 1 < end && lower(t, k + 1).equals("with"))) {
                return k; // "expect Clinton to win the debate -- 44 percent to 34", "…, with jabs that …": the writer's addition
            }
            if (!clause && w.equals(",") && k + 2 < end && startsNewSubject(t, k + 1) && predicateBeforeComma(t, tags, k + 2, end)) {
                return k; // "has railed against the provisions that pock the code, he's sought to …": a new clause
            }
            if (!clause && w.equals(",") && k + 1 < end && NON_RESTRICTIVE.contains(lower(t, k + 1))) {
                return k; // "acknowledged the reality of climate change, which makes him an outlier": the writer's description
            }
            if (!clause && ADJUNCT_OPENERS.contains(lower(t, k))) {
                return k; // "spoke about her ties to black churches while at the convention", "amid growing concerns": the writer's circumstance
            }
            if (!clause && isTimePhrase(t, k, end)) {
                return k; // "offered some pointed advice to Clinton on Friday in …": when it was said, not what
            }
            if (!clause && SUBORDINATORS.contains(lower(t, k)) && k + 2 < end && startsNewSubject(t, k + 1) && !(k >= 2 && isAsWellAs(t, k - 2, end))
                    && hasFiniteVerb(tags, k + 2, Math.min(end, k + 2 + MAX_NOUN_PHRASE))) {
                return k; // "indicates a tightening race as Trump consolidates …": the writer's circumstance
            }
            if ((w.equals("and") || w.equals("but") || w.equals("or")) && k + 1 < end
                    && (FINITE_VERB_TAGS.contains(tags.get(k + 1)) || !clause && tags.get(k + 1).equals("VB")) && verbs.at(t, k + 1) != null) {
                // "said he would order a review and warned against …", "refuses to release his returns or explain
                // how …": a second predicate of the source
                return k;
            }
            if (w.equals(",") && k + 1 < end && (isParticiple(t, k + 1) || tags.get(k + 1).equals("RB") && k + 2 < end && isParticiple(t, k + 2)
                    || CLAUSE_BREAKS.contains(lower(t, k + 1)) && !isAsWellAs(t, k + 1, end))) {
                return k;
            }
            if ((w.equals("and") || w.equals("but")) && k + 2 < end && (t.get(k - 1).word().equals(",") || DASHES.contains(t.get(k - 1).word()))
                    && (startsNewSubject(t, k + 1) || SUBORDINATORS.contains(lower(t, k + 1)))) {
                return k - 1; // ", and Democrats accused …", ", and when pressed …", "— and he noted …": a second clause of the writer's
            }
            if ((w.equals("and") || w.equals("but")) && k + 1 < end && startsNewSubject(t, k + 1) && attributionVerbAfterSubject(t, tags, k + 1, end)) {
                return k; // "the department mishandled the investigation and Democrats accused the GOP of …": someone else's words
            }
            if (clause && w.equals(",") && k + 1 < end && startsPredicate(tags, k + 1) && hasFiniteVerb(tags, start, k)) {
                return k; // "who understood a push would be fruitless, told his advisers …": the source's own verb resumes
            }
            if (subordinate && w.equals(",") && k + 1 < end && startsNewSubject(t, k + 1)) {
                return k; // "While he acknowledged funding was a reason, Ham also noted …": the main clause begins
            }
        }
        return end;
    }

    /** "…, saying", "…, implicitly putting": a participle opening the writer's addition. */
    private static boolean isParticiple(List<Token> t, int k) {
        return lower(t, k).endsWith("ing") && !NOT_PARTICIPLES.contains(lower(t, k));
    }

    /** A finite attribution verb within a short subject's length of {@code k}: "Democrats accused", "the senator said". */
    private boolean attributionVerbAfterSubject(List<Token> t, List<String> tags, int k, int end) {
        for (int v = k + 1; v < Math.min(end, k + 4); v++) {
            if (FINITE_VERB_TAGS.contains(tags.get(v))) {
                return verbs.at(t, v) != null;
            }
        }
        return false;
    }

    /**
     * "reported her presence on Twitter", "indicates a tightening race as Trump consolidates …": no
     * verb of its own before a subordinate clause or the end, so an object, not a clause.
     */
    private static boolean isNounPhrase(List<Token> t, List<String> tags, int start, int end) {
        for (int k = start; k < end; k++) {
            if (startsPredicate(tags, k)) {
                return false;
            }
            if (k > start && (SUBORDINATORS.contains(lower(t, k)) || t.get(k).word().equals(","))) {
                return true;
            }
        }
        return true;
    }

    /** "said no immediate decision had been made": "no" opening a noun phrase, not the answer "no". */
    private static boolean isNoPhrase(List<Token> t, List<String> tags, int k, int end) {
        return lower(t, k).equals("no") && k + 1 < end && (tags.get(k + 1).startsWith("NN") || tags.get(k + 1).startsWith("JJ"));
    }

    /** The personal pronoun and finite verb that follow a short prepositional phrase, or -1. */
    private static int pronounAfterPhrase(List<Token> t, List<String> tags, int phrase, int end) {
        for (int k = phrase + 1; k + 1 < end && k - phrase <= MAX_OBJECT_BEFORE_TO + 1; k++) {
            if (ClauseWords.isPunct(t.get(k).word())) {
                return -1;
            }
            if (Pronouns.PERSON.contains(lower(t, k)) && startsPredicate(tags, k + 1)) {
                return k;
            }
        }
        return -1;
    }

    /** A finite verb after any adverbs: "also had to". */
    private static boolean startsPredicateAfterAdverbs(List<String> tags, int k) {
        while (k + 1 < tags.size() && tags.get(k).startsWith("RB")) {
            k++;
        }
        return startsPredicate(tags, k);
    }
}
