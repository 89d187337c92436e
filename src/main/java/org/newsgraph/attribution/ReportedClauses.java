package org.newsgraph.attribution;

import static org.newsgraph.attribution.ClauseWords.*;
import static org.newsgraph.attribution.TimeWords.*;

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
 * Reported speech carried by a verb of saying: a source, an attribution verb and what the verb
 * takes ("X said (that) …", "the poll shows that …", "X called for …", "X wants to …", "…,
 * saying …"), the reported clause searched again for attributions inside it. Who speaks is found
 * by {@link Sources}, where the reported words end by {@link ClauseEnds}.
 */
final class ReportedClauses {
    private static final int MAX_PHRASE_BEFORE_THAT = 12;
    private final Document doc;
    private final AttributionLexicon lexicon;
    private final AttributionVerbs verbs;
    private final Sources sources;
    private final ClauseEnds ends;

    ReportedClauses(Document doc, AttributionLexicon lexicon, Sources sources, ClauseEnds ends) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.verbs = lexicon.attributionVerbs();
        this.sources = sources;
        this.ends = ends;
    }

    /**
     * A source, an attribution verb and what the verb takes, within [from, end); the reported
     * words are scanned again, since they may attribute something themselves.
     */
    void attributionVerbs(List<Token> t, List<String> tags, int from, int end, List<Quote> out) {
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
            Speaker sp = sources.source(t, tags, from, cue, out.isEmpty() ? null : out.get(out.size() - 1));
            if (sp == null) {
                continue;
            }
            int contentStart = complement.start();
            boolean clause = complement.kind() == Takes.THAT
                    || complement.kind() == Takes.CLAUSE && !(verb.takes().contains(Takes.OBJECT) && isNounPhrase(t, tags, contentStart, end));
            int contentEnd = withoutTrailingCircumstance(t, contentStart, ends.clauseEnd(t, tags, contentStart, end, clause));
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
                    && (verb.takesAddressee() && verb.takes().contains(Takes.CLAUSE) || tags.get(cue - 1).equals("MD") || relative);
            if (contentEnd - contentStart >= min && (!bare || hasFiniteVerb(tags, contentStart, contentEnd))) {
                Span cueSpan = new Span(t.get(cue).span().begin(), t.get(cue + verb.length() - 1).span().end());
                out.add(IndirectQuotes.of(t, contentStart, contentEnd, new Speaker(sp.mention(), sp.text(), sp.entityId(), cueSpan)));
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
    int clauseBeforeSource(List<Token> t, List<String> tags, int end, List<Quote> out) {
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
        Speaker sp = sources.source(t, tags, comma + 1, cue, null);
        if (sp != null && sp.mention().begin() > t.get(comma + 1).span().begin() && modifiersBefore(t, tags, comma + 1, sp.mention().begin())) {
            // "…, the candidate’s former doctor maintains.": the whole noun phrase is who speaks
            Span whole = new Span(t.get(comma + 1).span().begin(), sp.mention().end());
            sp = new Speaker(whole, sp.entityId() == null ? whole.of(doc.text()) : sp.text(), sp.entityId(), null);
        }
        if (sp == null || sp.mention().begin() != t.get(comma + 1).span().begin()) {
            return -1;
        }
        out.add(IndirectQuotes.of(t, 0, comma, new Speaker(sp.mention(), sp.text(), sp.entityId(), t.get(cue).span())));
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
}
