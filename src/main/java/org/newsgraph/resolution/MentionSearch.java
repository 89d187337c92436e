package org.newsgraph.resolution;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Tokens;
import org.newsgraph.pipeline.WorkMeter;

/**
 * Backward searches over a document's mentions from a text position: the nearest person or
 * organisation, the first of a sentence, the one who speaks in the sentence before. Each search
 * stops within a window of mentions, so a search is constant-time however long the article.
 */
final class MentionSearch {
    private static final int MAX_SENTENCES_BACK = 3;
    private static final int MAX_AUXILIARIES = 2;
    /** Closed-class words between a speaker and the verb: "has said", "had also told". */
    private static final Set<String> SPEECH_AUXILIARIES = Set.of("has", "have", "had", "was", "is", "also", "later", "then");
    /**
     * How many mentions back a search looks: more than any news article holds before one point
     * (PolNeAR's longest has a few hundred), so only a list of thousands of names is cut short,
     * which keeps each search constant-time and the stage linear in the article's length.
     */
    static final int MAX_MENTIONS_BACK = 2000;
    private final String text;
    private final Tokens tokens;
    private final ReferenceWords vocabulary;
    private final MentionIndex mentions;

    MentionSearch(Document doc, MentionIndex mentions, ReferenceWords vocabulary) {
        this.text = doc.text();
        this.tokens = doc.tokens();
        this.mentions = mentions;
        this.vocabulary = vocabulary;
    }

    private int lastBeginningBefore(int offset) {
        return mentions.lastBeginningBefore(offset);
    }

    /** The lowest index a backward search from {@code from} may reach. */
    private static int windowStart(int from) {
        return Math.max(0, from - MAX_MENTIONS_BACK + 1);
    }

    /**
     * The first person (or organisation) named in the sentence before {@code offset}: a pronoun
     * prefers the subject; "she" a person known to be a woman, and never one known to be a man
     * ({@link PersonSexes}).
     */
    Entity firstInSentence(int offset, EntityType wanted, PersonSexes sexes, String sex) {
        int sentence = tokens.sentenceIndexAt(offset);
        Entity first = null;
        Entity firstAgreeing = null;
        int from = lastBeginningBefore(offset);
        for (int i = from, to = windowStart(from); i >= to; i--) {
            WorkMeter.count(1);
            Span m = mentions.mention(i).span();
            if (m.end() > offset) {
                continue;
            }
            if (tokens.sentenceIndexAt(m.begin()) != sentence) {
                break;
            }
            Entity e = mentions.entityOf(i);
            if (e.type() == wanted && !mentions.isQuoted(i) && !sexes.conflicts(e, sex)) {
                first = e;
                firstAgreeing = sexes.preferred(e, sex) ? e : firstAgreeing;
            }
        }
        return firstAgreeing != null ? firstAgreeing : first;
    }

    Entity nearestBefore(int offset, EntityType wanted) {
        return lastBefore(offset, i -> mentions.entityOf(i).type() == wanted && !mentions.isQuoted(i));
    }

    Entity organizationEndingIn(int offset, String noun) {
        return lastBefore(offset, i -> {
            Entity e = mentions.entityOf(i);
            if (e.type() != EntityType.ORGANIZATION || !e.name().contains(" ")) {
                return false;
            }
            String last = lower(e.name().substring(e.name().lastIndexOf(' ') + 1));
            return last.equals(noun) || last.equals(noun + "s");
        });
    }

    /** The entity of the last mention ending before {@code offset}, within the window, that passes {@code test}. */
    private Entity lastBefore(int offset, IntPredicate test) {
        int from = lastBeginningBefore(offset);
        for (int i = from, to = windowStart(from); i >= to; i--) {
            WorkMeter.count(1);
            if (mentions.mention(i).span().end() <= offset && test.test(i)) {
                return mentions.entityOf(i);
            }
        }
        return null;
    }

    /** Whether {@code e} was last named before {@code offset} at most a few sentences back. */
    boolean isRecent(Entity e, int offset) {
        int here = tokens.sentenceIndexAt(offset);
        int from = lastBeginningBefore(offset);
        for (int i = from, to = windowStart(from); i >= to; i--) {
            WorkMeter.count(1);
            if (mentions.entityOf(i) == e && mentions.mention(i).span().end() <= offset) {
                return here - tokens.sentenceIndexAt(mentions.mention(i).span().begin()) <= MAX_SENTENCES_BACK;
            }
        }
        return false;
    }

    /**
     * The nearest sentence before {@code offset} naming a person: the person who speaks in it ("Tony
     * Blair has failed, Michael Howard has said. … the Conservative leader said"), else the first it
     * names (its subject, mostly); never one of {@code inside}. For "he" or "she" ({@code sex} not
     * null) a person known to be of the other sex is passed over, and "she" prefers a known woman ("Noting that Reagan …, Schlafly put …. “…,” she wrote.").
     */
    Entity personOfSentenceBefore(int offset, Set<Entity> inside, PersonSexes sexes, String sex) {
        Entity found = null;
        Entity speaking = null;
        Entity agreeing = null;
        int foundSentence = -1;
        int from = lastBeginningBefore(offset);
        for (int i = from, to = windowStart(from); i >= to; i--) {
            WorkMeter.count(1);
            Entity e = mentions.entityOf(i);
            if (mentions.mention(i).span().end() > offset || e.type() != EntityType.PERSON || inside.contains(e) || mentions.isQuoted(i)
                    || sexes.conflicts(e, sex)) {
                continue;
            }
            int si = tokens.sentenceIndexAt(mentions.mention(i).span().begin());
            if (foundSentence >= 0 && si != foundSentence) {
                break;
            }
            found = e;
            foundSentence = si;
            agreeing = sexes.preferred(e, sex) ? e : agreeing;
            if (speaking == null && speaks(mentions.mention(i).span())) {
                speaking = e;
            }
        }
        if (agreeing != null && (speaking == null || !sexes.preferred(speaking, sex))) {
            return agreeing;
        }
        return speaking != null ? speaking : found;
    }

    /** "X said", "X has said", "said X": a verb of saying right after the name (past auxiliaries) or right before it. */
    private boolean speaks(Span name) {
        int after = tokens.tokenAtOrAfter(name.end());
        for (int k = after; k >= 0 && k < tokens.tokens().size() && k - after <= MAX_AUXILIARIES; k++) {
            String w = tokens.tokens().get(k).word();
            if (vocabulary.isCue(w)) {
                return true;
            }
            if (!SPEECH_AUXILIARIES.contains(lower(w))) {
                break;
            }
        }
        int before = tokens.tokenAtOrAfter(name.begin()) - 1;
        return before >= 0 && vocabulary.isCue(tokens.tokens().get(before).word());
    }

    /** The last person before {@code before} with the words {@code title} next to one of their mentions ("Treasury Secretary Jack Lew"). */
    Entity personTitled(String title, int before) {
        int from = lastBeginningBefore(before);
        for (int i = from, to = windowStart(from); i >= to; i--) {
            WorkMeter.count(1);
            if (mentions.mention(i).span().end() > before || mentions.entityOf(i).type() != EntityType.PERSON) {
                continue;
            }
            Span m = mentions.mention(i).span();
            String around = lower(text.substring(Math.max(0, m.begin() - 30), Math.min(text.length(), m.end() + 40)));
            if (around.contains(lower(title))) {
                return mentions.entityOf(i);
            }
        }
        return null;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
