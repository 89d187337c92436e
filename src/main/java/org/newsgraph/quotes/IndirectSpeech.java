package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.quotes.AttributionVerbs.Takes;

/**
 * Reported speech without quotation marks, in the shapes news uses: "according to X, CONTENT" /
 * "CONTENT, according to X"; "CONTENT, X said." and "CONTENT, X said, CONTENT"; "X: CONTENT"
 * opening a paragraph; and a source followed by an attribution verb and what it takes ("X said
 * (that) …", "the poll shows that …", "X called for …", "X wants to …", "…, saying …"), where
 * the reported clause may itself hold another attribution. Sentences holding a marked quote
 * are left to the marked-quote rules.
 */
final class IndirectSpeech {
    private static final int MIN_CLAUSE_TOKENS = 3;
    private static final int MIN_OBJECT_TOKENS = 1;
    private static final int MAX_OBJECT_BEFORE_TO = 4;
    private static final int MAX_PHRASE_BEFORE_THAT = 12;
    private static final int MAX_SPEAKER_AFTER_COMMA = 6;
    private static final int MAX_APPOSITION = 14;
    private static final int MAX_NOUN_PHRASE = 6;
    private final Document doc;
    private final Tokens tokens;
    private final AttributionVerbs verbs;
    private final QuoteLexicon lexicon;
    private final SpeakerFinder finder;

    IndirectSpeech(Document doc, QuoteLexicon lexicon, SpeakerFinder finder) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.lexicon = lexicon;
        this.verbs = lexicon.attributionVerbs();
        this.finder = finder;
    }

    List<Quote> find(List<Quote> marked) {
        List<Quote> out = new ArrayList<>();
        for (Sentence s : tokens.sentences()) {
            List<String> tags = doc.partsOfSpeech().tags().subList(s.firstToken(), s.endToken());
            for (Quote q : reported(tokens.of(s), tags)) {
                // reported words holding a marked quote are that quote's attribution, already found
                if (marked.stream().noneMatch(m -> m.content().overlaps(q.content())) && !hasQuoteMark(q.content())) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    private boolean hasQuoteMark(Span span) {
        for (int i = span.begin(); i < span.end(); i++) {
            if (QuoteMarks.doubleMarkLength(doc.text(), i) > 0) {
                return true;
            }
        }
        return false;
    }

    private List<Quote> reported(List<Token> t, List<String> tags) {
        int end = t.size();
        while (end > 0 && SpeakerFinder.isPunct(t.get(end - 1).word())) {
            end--;
        }
        if (end < MIN_CLAUSE_TOKENS + 2) {
            return List.of();
        }
        Quote q = accordingTo(t, end);
        if (q == null) {
            q = saidAfterComma(t, end);
        }
        if (q == null) {
            q = colonAfterSpeaker(t, end);
        }
        if (q != null) {
            return List.of(q);
        }
        List<Quote> out = new ArrayList<>();
        attributionVerbs(t, tags, 0, end, out);
        attributionNouns(t, tags, end, out);
        return out;
    }

    /** "according to X, CONTENT" and "CONTENT, according to X". */
    private Quote accordingTo(List<Token> t, int end) {
        for (int k = 0; k + 1 < end; k++) {
            if (lower(t, k).equals("according") && lower(t, k + 1).equals("to")) {
                Speaker sp = finder.candidateAfter(t, k + 2, null, null);
                if (sp == null) {
                    return null;
                }
                if (k == 0 || k == 1 && SpeakerFinder.isPunct(t.get(0).word())) {
                    int comma = indexOf(t, ",", k + 2, end);
                    return comma > 0 && end - comma - 1 >= MIN_CLAUSE_TOKENS ? quote(t, comma + 1, end, sp) : null;
                }
                int contentEnd = k > 0 && t.get(k - 1).word().equals(",") ? k - 1 : k;
                return contentEnd >= MIN_CLAUSE_TOKENS ? quote(t, 0, contentEnd, sp) : null;
            }
        }
        return null;
    }

    /**
     * "CONTENT, X said." / "CONTENT, said X, the lawyer for …" / "CONTENT, X, a lawyer, said on
     * Friday." and the parenthetical "CONTENT, X said, CONTENT".
     */
    private Quote saidAfterComma(List<Token> t, int end) {
        for (int comma = 1; comma < end; comma++) {
            if (!t.get(comma).word().equals(",")) {
                continue;
            }
            List<Token> tail = t.subList(comma + 1, Math.min(end, comma + 1 + MAX_SPEAKER_AFTER_COMMA + MAX_APPOSITION));
            int cue = finder.cueIndex(tail, 0);
            if (cue < 0) {
                continue;
            }
            Span cueSpan = finder.cueSpan(tail, cue);
            int afterCue = skipTimeWords(t, comma + 1 + cue + finder.cueLength(tail, cue), end);
            if (cue == 0) {
                Speaker sp = lower(tail, 0).endsWith("ing") ? null : finder.candidateAfter(tail, finder.cueLength(tail, 0), cueSpan, null);
                if (isSpeaker(sp) && comma >= MIN_CLAUSE_TOKENS && endsSentenceOrApposition(t, sp.mention().end(), end)) {
                    return quote(t, 0, comma, sp);
                }
                continue;
            }
            Speaker sp = finder.adjacentBefore(tail, 0, cue, null);
            if (!isSpeaker(sp) || sp.mention().begin() != tail.get(0).span().begin() && cue > MAX_SPEAKER_AFTER_COMMA) {
                continue;
            }
            if (afterCue >= end && comma >= MIN_CLAUSE_TOKENS) {
                return quote(t, 0, comma, sp);
            }
            if (afterCue < end && t.get(afterCue).word().equals(",") && end - afterCue - 1 >= MIN_CLAUSE_TOKENS
                    && continuesTheClaim(t.get(afterCue + 1).word())) {
                // "The museum, Mr. Obama said, would make visitors face …": the words after carry the claim
                return quote(t, afterCue + 1, end, sp);
            }
        }
        return null;
    }

    /** "…, he said, would make …" goes on with the claim; "…, he said, referring to …" with the writer's words. */
    private static boolean continuesTheClaim(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Character.isLetterOrDigit(word.charAt(0)) && !w.endsWith("ing") && !PREPOSITIONS.contains(w) && !NOT_CLAUSES.contains(w)
                && !w.equals("compared");
    }

    /** After "said X": the end of the sentence, or an apposition describing X ("…, the lawyer for …"). */
    private static boolean endsSentenceOrApposition(List<Token> t, int speakerEnd, int end) {
        int k = 0;
        while (k < end && t.get(k).span().begin() < speakerEnd) {
            k++;
        }
        return k >= end || t.get(k).word().equals(",") && k + 1 < end
                && (QuoteLexicon.DETERMINERS.contains(lower(t, k + 1)) || Character.isUpperCase(t.get(k + 1).word().charAt(0)));
    }

    /** "X: CONTENT" opening a paragraph, as headlines and transcripts attribute. */
    private Quote colonAfterSpeaker(List<Token> t, int end) {
        int colon = indexOf(t, ":", 1, Math.min(end, 5));
        if (colon > 0 && end - colon - 1 >= MIN_CLAUSE_TOKENS) {
            Speaker sp = finder.adjacentBefore(t, 0, colon, null);
            if (sp != null && sp.entityId() == null) {
                sp = knownByName(sp); // "Pence: …" in a headline the tagger read as Title Case
            }
            boolean named = sp != null && (sp.entityId() != null || lexicon.isSpeakerNoun(t.get(colon - 1).word())
                    || isTranscriptName(t.get(colon - 1).word()));
            if (named && sp.mention().begin() == t.get(0).span().begin()) {
                return quote(t, colon + 1, end, new Speaker(sp.mention(), sp.text(), sp.entityId(), null));
            }
        }
        return null;
    }

    /** The person or organisation whose name ends with the words of an unresolved speaker phrase ("Pence"). */
    private Speaker knownByName(Speaker sp) {
        String words = sp.mention().of(doc.text());
        for (Entity e : doc.entities().all()) {
            if (e.type() != EntityType.PLACE && (e.name().equals(words) || e.name().endsWith(" " + words))) {
                return new Speaker(sp.mention(), e.name(), e.id(), sp.cue());
            }
        }
        return sp;
    }

    /** "WALLACE:" — a transcript names its speakers in capitals. */
    private static boolean isTranscriptName(String w) {
        return w.length() > 2 && w.codePoints().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '.');
    }

    /**
     * A source, an attribution verb and what the verb takes, within [from, end); the reported
     * words are scanned again, since they may attribute something themselves.
     */
    private void attributionVerbs(List<Token> t, List<String> tags, int from, int end, List<Quote> out) {
        for (int cue = Math.max(from, 1); cue + 1 < end; cue++) {
            AttributionVerbs.Match verb = verbs.at(t, cue);
            if (verb == null || !tags.get(cue).startsWith("VB")) {
                continue; // "the plan", "his support": the noun, not the verb
            }
            if (tags.get(cue).equals("VBN") && cue > from && BE.contains(lower(t, cue - 1))) {
                continue; // "is expected to": a passive names no source
            }
            Complement complement = complement(t, cue, verb, end);
            if (complement == null) {
                continue;
            }
            Speaker sp = source(t, tags, from, cue);
            if (sp == null) {
                continue;
            }
            int contentStart = complement.start();
            int contentEnd = withoutTrailingCircumstance(t, contentStart, clauseEnd(t, tags, contentStart, end));
            boolean clause = complement.kind() == Takes.THAT || complement.kind() == Takes.CLAUSE;
            int min = clause ? MIN_CLAUSE_TOKENS : MIN_OBJECT_TOKENS;
            boolean addressed = verb.lemma().equals("tell") && complement.kind() == Takes.CLAUSE;
            if (contentEnd - contentStart >= min && (!addressed || hasFiniteVerb(tags, contentStart, contentEnd))) {
                Span cueSpan = new Span(t.get(cue).span().begin(), t.get(cue + verb.length() - 1).span().end());
                out.add(quote(t, contentStart, contentEnd, new Speaker(sp.mention(), sp.text(), sp.entityId(), cueSpan)));
                attributionVerbs(t, tags, contentStart, contentEnd, out);
                cue = contentEnd;
            }
        }
    }

    /**
     * "Tulsa police's earlier claim that Crutcher had refused …": a noun of saying or believing
     * and its "that" clause; the source is the possessor before the noun, if any.
     */
    private void attributionNouns(List<Token> t, List<String> tags, int end, List<Quote> out) {
        for (int k = 1; k + 2 < end; k++) {
            boolean noun = tags.get(k).startsWith("NN") || possessor(t, k) != null || QuoteLexicon.DETERMINERS.contains(lower(t, k - 1));
            if (!lexicon.isAttributionNoun(t.get(k).word()) || !noun || !lower(t, k + 1).equals("that")
                    || tags.get(k + 2).startsWith("VB") || tags.get(k + 2).equals("MD")) {
                continue; // "the report that was released": a relative clause
            }
            int contentStart = k + 2;
            int contentEnd = withoutTrailingCircumstance(t, contentStart, clauseEnd(t, tags, contentStart, end));
            Span content = new Span(t.get(contentStart).span().begin(), t.get(contentEnd - 1).span().end());
            if (contentEnd - contentStart < MIN_CLAUSE_TOKENS || out.stream().anyMatch(q -> q.content().begin() == content.begin())) {
                continue;
            }
            Speaker sp = possessor(t, k);
            Span cue = t.get(k).span();
            out.add(sp == null ? new Quote(content, QuoteKind.INDIRECT, cue, null, null, null)
                    : new Quote(content, QuoteKind.INDIRECT, cue, sp.mention(), sp.text(), sp.entityId()));
        }
    }

    /** "Tulsa police's earlier claim", "his warning": whose claim it is, within three words before the noun. */
    private Speaker possessor(List<Token> t, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
            String w = lower(t, k);
            if (w.equals("’s") || w.equals("'s")) {
                Speaker s = finder.adjacentBefore(t, 0, k, null);
                return s != null && isSpeaker(s) ? s : null;
            }
            if (w.equals("his") || w.equals("her") || w.equals("their") || w.equals("its")) {
                return finder.pronoun(t.get(k));
            }
        }
        return null;
    }

    /** Where the reported words start after a verb, and what the verb takes there. */
    private record Complement(int start, Takes kind) {
    }

    /** The complement of the verb at {@code cue}, or null when this use of the verb reports nothing. */
    private Complement complement(List<Token> t, int cue, AttributionVerbs.Match verb, int end) {
        int after = skipTimeWords(t, cue + verb.length(), end);
        if (after >= end) {
            return null;
        }
        Set<Takes> takes = verb.takes();
        boolean addressee = verb.lemma().equals("tell") || verb.lemma().equals("remind");
        int clause = addressee ? skipObject(t, after, end) : after;
        if (takes.contains(Takes.THAT)) {
            if (lower(t, clause).equals("that") && clause + 1 < end && Character.isLetterOrDigit(t.get(clause + 1).word().charAt(0))) {
                return new Complement(clause + 1, Takes.THAT); // not "Having said that, …"
            }
            if (PREPOSITIONS.contains(lower(t, clause))) {
                int that = indexOf(t, "that", clause, Math.min(end, clause + MAX_PHRASE_BEFORE_THAT));
                if (that > 0 && indexOf(t, ",", that + 1, that + 2) < 0) {
                    return new Complement(that + 1, Takes.THAT); // "says at a campaign stop in Toledo, Ohio, that …"
                }
            }
        }
        if (takes.contains(Takes.TO)) {
            int to = indexOf(t, "to", after, Math.min(end, after + MAX_OBJECT_BEFORE_TO + 1));
            if (to == after || to > after && isObjectPhrase(t, after, to)) {
                return new Complement(after, Takes.TO);
            }
        }
        if (takes.contains(Takes.CLAUSE) && clause < end && startsClause(t.get(clause).word())) {
            return new Complement(clause, Takes.CLAUSE);
        }
        if (takes.contains(Takes.OBJECT) && startsObject(t.get(after).word())) {
            return new Complement(after, Takes.OBJECT);
        }
        return null;
    }

    /** What someone was told has a verb of its own: "told Bill O'Reilly of Fox News this week" reports nothing. */
    private static boolean hasFiniteVerb(List<String> tags, int from, int to) {
        for (int k = from; k < to; k++) {
            if (FINITE_VERB_TAGS.contains(tags.get(k)) || tags.get(k).equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who the verb belongs to: the speaker right before it; for "…, saying …" or "X … and said …"
     * the subject of the sentence; else the noun phrase before it ("the bank said").
     */
    private Speaker source(List<Token> t, List<String> tags, int from, int cue) {
        int k = cue - 1;
        while (k >= from && (QuoteLexicon.AUXILIARIES.contains(lower(t, k)) || TIME_WORDS.contains(lower(t, k))
                || tags.get(k).startsWith("RB") && !lower(t, k).equals("not") && k > from
                || k + 1 < cue && TIME_WORDS.contains(lower(t, k + 1)) && (lower(t, k).equals("on") || lower(t, k).equals("in")))) {
            k--; // "David Axelrod on Wednesday called on …"
        }
        if (k < from) {
            return null;
        }
        boolean participle = lower(t, cue).endsWith("ing") && t.get(k).word().equals(",");
        boolean complementOfAnotherVerb = VERB_LINKS.contains(lower(t, k)) && k > from; // "appeared to suggest", "by emphasizing"
        if (participle || complementOfAnotherVerb || lower(t, k).equals("and")) {
            Speaker subject = finder.clauseSubject(t.subList(from, t.size()), k - from, null, null);
            return isSpeaker(subject) ? subject : null;
        }
        Speaker sp = finder.adjacentBefore(t, from, k + 1, null);
        return sp != null && isSpeaker(sp) ? sp : nounPhraseBefore(t, tags, from, k);
    }

    /** "the bank", "Experts on North Korea", "73 percent": the noun phrase whose head noun is at {@code k}. */
    private Speaker nounPhraseBefore(List<Token> t, List<String> tags, int from, int k) {
        if (!tags.get(k).startsWith("NN") && !tags.get(k).equals("CD") && !lexicon.isSpeakerNoun(t.get(k).word())) {
            return null; // "the bank", "73 percent", "some", "others"
        }
        int b = k;
        while (b - 1 >= from && k - b < MAX_NOUN_PHRASE && (NOUN_PHRASE_TAGS.contains(tags.get(b - 1)) || tags.get(b - 1).startsWith("NN")
                || PREPOSITIONS_IN_NAMES.contains(lower(t, b - 1)) && b - 2 >= from && tags.get(b - 2).startsWith("NN"))) {
            b--;
        }
        if (PREPOSITIONS_IN_NAMES.contains(lower(t, b))) {
            b++;
        }
        Span phrase = new Span(t.get(b).span().begin(), t.get(k).span().end());
        return new Speaker(phrase, phrase.of(doc.text()), null, null);
    }

    /** The reported words run to the end of the clause: a semicolon, a dash, or ", saying …" / ", but …". */
    private int clauseEnd(List<Token> t, List<String> tags, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            String w = t.get(k).word();
            if (w.equals(";")) {
                return k;
            }
            if ((w.equals("and") || w.equals("but")) && k + 1 < end && FINITE_VERB_TAGS.contains(tags.get(k + 1))
                    && verbs.at(t, k + 1) != null) {
                return k; // "said he would order a review and warned against …": a second predicate of the source
            }
            if (w.equals(",") && k + 1 < end && (lower(t, k + 1).endsWith("ing") && !lower(t, k + 1).equals("during")
                    || CLAUSE_BREAKS.contains(lower(t, k + 1)))) {
                return k;
            }
            if ((w.equals("and") || w.equals("but")) && k + 2 < end && t.get(k - 1).word().equals(",") && startsNewSubject(t, k + 1)) {
                return k - 1; // ", and Democrats accused …": a second clause with its own subject
            }
        }
        return end;
    }

    /** "called for more investment in a statement on Thursday": where and when it was said is not what was said. */
    private static int withoutTrailingCircumstance(List<Token> t, int start, int end) {
        boolean trimmed = true;
        while (trimmed) {
            trimmed = false;
            for (int p = Math.max(start + 1, end - MAX_CIRCUMSTANCE); p < end; p++) {
                String w = lower(t, p);
                String last = lower(t, end - 1);
                if (CIRCUMSTANCE_OPENERS.contains(w) && (MEDIA.contains(last) || TIME_WORDS.contains(last))) {
                    end = p;
                    trimmed = true;
                    break;
                }
            }
        }
        return end;
    }

    private static boolean startsNewSubject(List<Token> t, int k) {
        String w = lower(t, k);
        return QuoteLexicon.PERSON_PRONOUNS.contains(w) || w.equals("the") || Character.isUpperCase(t.get(k).word().charAt(0))
                && !QuoteLexicon.FUNCTION_WORDS.contains(w);
    }

    private static boolean isObjectPhrase(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (SpeakerFinder.isPunct(t.get(k).word()) || lower(t, k).equals("that")) {
                return false;
            }
        }
        return true;
    }

    /** "on Friday", "earlier this week", "in a statement": time words and the medium between a verb and its clause. */
    private static int skipTimeWords(List<Token> t, int i, int end) {
        while (i < end) {
            String w = lower(t, i);
            if (TIME_WORDS.contains(w)) {
                i++;
            } else if ((w.equals("in") || w.equals("on")) && i + 1 < end) {
                int medium = -1;
                for (int k = i + 1; k < Math.min(end, i + 5) && medium < 0; k++) {
                    medium = MEDIA.contains(lower(t, k)) ? k : -1;
                }
                if (medium < 0) {
                    return i;
                }
                i = medium + 1;
            } else {
                return i;
            }
        }
        return i;
    }

    /** "told reporters", "told the Associated Press", "told Newsweek": the addressee before the clause. */
    private static int skipObject(List<Token> t, int i, int end) {
        int limit = Math.min(end, i + 5);
        for (int k = i; k < limit; k++) {
            String w = lower(t, k);
            if (w.equals("that") || w.equals(",")) {
                return skipTimeWords(t, k, end);
            }
            if (k > i && startsClause(t.get(k).word()) && QuoteLexicon.PERSON_PRONOUNS.contains(w)) {
                return k;
            }
        }
        return i;
    }

    /** A clause reported without "that": anything but a preposition, a particle or punctuation. */
    private static boolean startsClause(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Character.isLetterOrDigit(word.charAt(0)) && !PREPOSITIONS.contains(w) && !NOT_CLAUSES.contains(w);
    }

    /** An object noun phrase: a word that is not a preposition, particle or clause opener. */
    private static boolean startsObject(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Character.isLetterOrDigit(word.charAt(0)) && !PREPOSITIONS.contains(w) && !NOT_CLAUSES.contains(w)
                && !NOT_OBJECTS.contains(w);
    }

    private static final Set<String> PREPOSITIONS = Set.of("of", "to", "in", "about", "on", "for", "with",
            "at", "by", "from", "during", "after", "before", "into", "over", "through", "via", "under", "against", "while");
    private static final Set<String> NOT_CLAUSES = Set.of("so", "yes", "no", "hello", "goodbye", "nothing",
            "something", "anything", "much", "little", "otherwise", "as", "than", "and", "or", "but", "up", "out", "off",
            "down", "away", "back", "himself", "herself", "themselves", "itself", "ourselves", "myself");
    private static final Set<String> NOT_OBJECTS = Set.of("up", "out", "off", "down", "back", "away", "himself", "herself",
            "themselves", "itself", "when", "who", "which", "is", "was", "are", "were",
            "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must");
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "PRP$", "POS", "CD", "VBN");
    private static final Set<String> PREPOSITIONS_IN_NAMES = Set.of("of", "on", "by", "for", "from", "at");
    private static final int MAX_CIRCUMSTANCE = 5;
    private static final Set<String> CIRCUMSTANCE_OPENERS = Set.of("in", "on", "at", "during", "last", "this", "earlier");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "’s", "'s");
    private static final Set<String> VERB_LINKS = Set.of("to", "by", "of");
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP");
    private static final Set<String> CLAUSE_BREAKS = Set.of("although", "though", "while", "but");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later", "last", "this", "week", "month",
            "year", "morning", "afternoon", "evening", "night", "recently", "previously", "again", "also", "repeatedly",
            "separately", "privately", "publicly");
    private static final Set<String> MEDIA = Set.of("statement", "interview", "letter", "email", "e-mail", "post", "tweet",
            "speech", "report", "filing", "memo", "release", "television", "twitter", "facebook", "radio", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Reported speech needs a source that can speak: an entity, a name, a pronoun, or a speaker noun. */
    private boolean isSpeaker(Speaker sp) {
        if (sp == null) {
            return false;
        }
        if (sp.entityId() != null) {
            return true;
        }
        // the head noun is the last word, or the last before a preposition ("a study by the institute")
        for (String w : sp.mention().of(doc.text()).split("\\s+")) {
            if (Character.isUpperCase(w.charAt(0)) || QuoteLexicon.PERSON_PRONOUNS.contains(w.toLowerCase(Locale.ROOT))
                    || lexicon.isSpeakerNoun(w)) {
                return true;
            }
        }
        return false;
    }

    private static Quote quote(List<Token> t, int from, int to, Speaker sp) {
        Span content = new Span(t.get(from).span().begin(), t.get(to - 1).span().end());
        return new Quote(content, QuoteKind.INDIRECT, sp.cue(), sp.mention(), sp.text(), sp.entityId());
    }

    private static String lower(List<Token> t, int k) {
        return t.get(k).word().toLowerCase(Locale.ROOT);
    }

    private static int indexOf(List<Token> t, String word, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.get(i).word().equals(word)) {
                return i;
            }
        }
        return -1;
    }
}
