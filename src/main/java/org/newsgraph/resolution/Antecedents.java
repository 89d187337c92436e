package org.newsgraph.resolution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.pipeline.WorkMeter;

/**
 * What a speaker phrase refers to: the entity of a name mention, the antecedent of a pronoun
 * ("he" → the previous speaker or the nearest person), of a possessive ("its own mandate" →
 * the organisation) or of a role description ("the minister", "Obama's former campaign
 * strategist" → the person it refers back to). Mentions are kept in text order, since every
 * rule scans backwards from a position.
 */
public final class Antecedents {
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
    /** Lower-cased names and their endings after a space ("pence" of "mike pence") to the first such entity in text order. */
    private final Map<String, Entity> byNameOrEnding = new HashMap<>();

    public Antecedents(Document doc, MentionIndex mentions, ReferenceWords vocabulary) {
        this.text = doc.text();
        this.tokens = doc.tokens();
        this.vocabulary = vocabulary;
        this.mentions = mentions;
        for (int i = 0; i < mentions.size(); i++) {
            Entity e = mentions.entityOf(i);
            if (e.type() != EntityType.PLACE) {
                String name = lower(e.name());
                byNameOrEnding.putIfAbsent(name, e);
                for (int sp = name.indexOf(' '); sp >= 0; sp = name.indexOf(' ', sp + 1)) {
                    byNameOrEnding.putIfAbsent(name.substring(sp + 1), e);
                }
            }
        }
    }

    /** The mentions this resolver searches, with the per-sentence look-up of the mention at a token. */
    public MentionIndex mentions() {
        return mentions;
    }

    private int lastBeginningBefore(int offset) {
        return mentions.lastBeginningBefore(offset);
    }

    /** The lowest index a backward search from {@code from} may reach. */
    private static int windowStart(int from) {
        return Math.max(0, from - MAX_MENTIONS_BACK + 1);
    }

    /** The mention at {@code mentionIndex} as the speaker, resolved to its entity. */
    public Speaker named(int mentionIndex, Span cue) {
        NamedEntity m = mentions.mention(mentionIndex);
        return new Speaker(m.span(), m.text(), mentions.entityOf(mentionIndex).id(), cue);
    }

    /** "he" → the previous quote's speaker when recent, else the nearest person before it. */
    public Speaker pronoun(Token tok, Span cue, Quote previous) {
        String w = lower(tok.word());
        boolean thing = Pronouns.THING.contains(w);
        Entity inSentence = firstInSentence(tok.span().begin(), thing ? EntityType.ORGANIZATION : EntityType.PERSON);
        if (inSentence != null) {
            // "Trump took to Twitter … to check out what he called …": a person named earlier in the sentence
            return new Speaker(tok.span(), inSentence.name(), inSentence.id(), cue);
        }
        if (!thing && previous != null && previous.speakerText() != null
                && tokens.sentenceIndexAt(tok.span().begin()) - tokens.sentenceIndexAt(previous.content().end() - 1) <= 3) {
            return new Speaker(tok.span(), previous.speakerText(), previous.speakerEntityId(), cue);
        }
        // "…," he told the radio station: the one who speaks in the sentence before, not its last name
        Entity e = thing ? nearestBefore(tok.span().begin(), EntityType.ORGANIZATION) : personOfSentenceBefore(tok.span().begin(), Set.of());
        return e != null ? new Speaker(tok.span(), e.name(), e.id(), cue) : new Speaker(tok.span(), tok.word(), null, cue);
    }

    /** The person or organisation whose name is, or ends with, these words in any case ("Pence", "WALLACE"), or null. */
    public Entity entityNamed(String words) {
        return byNameOrEnding.get(lower(words));
    }

    /** The first person (or organisation) named in the sentence before {@code offset}: a pronoun prefers the subject. */
    private Entity firstInSentence(int offset, EntityType wanted) {
        int sentence = tokens.sentenceIndexAt(offset);
        Entity first = null;
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
            if (mentions.entityOf(i).type() == wanted && !mentions.isQuoted(i)) {
                first = mentions.entityOf(i);
            }
        }
        return first;
    }

    private Entity nearestBefore(int offset, EntityType wanted) {
        return lastBefore(offset, i -> mentions.entityOf(i).type() == wanted && !mentions.isQuoted(i));
    }

    private Entity organizationEndingIn(int offset, String noun) {
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

    /** "one academic" stays unnamed; "the minister" resolves to the person last given that title. */
    public Speaker description(Span phrase, Span cue) {
        String words = phrase.of(text);
        String owner = lower(words.split("\\s+")[0]);
        String head = words.substring(words.lastIndexOf(' ') + 1);
        boolean owned = Pronouns.THING.contains(owner) || owner.equals("his") || owner.equals("her") || owner.equals("their");
        if (owned && vocabulary.isDocumentNoun(head)) {
            // "its own mandate explains": the owner's words; not "his wife said"
            EntityType wanted = owner.equals("its") || owner.equals("their") ? EntityType.ORGANIZATION : EntityType.PERSON;
            Entity e = nearestBefore(phrase.begin(), wanted);
            if (e != null) {
                return new Speaker(phrase, e.name(), e.id(), cue);
            }
        }
        if (vocabulary.isDocumentNoun(head)) {
            Entity author = authorOf(phrase, words);
            if (author != null) {
                return new Speaker(phrase, author.name(), author.id(), cue);
            }
        }
        if (lower(words).startsWith("the ") && words.indexOf(' ') == words.lastIndexOf(' ')) {
            // "the airline said" after "Continental Airlines", "the festival" after "Berlin Film
            // Festival": the organisation last named whose name ends in the description's noun
            Entity named = organizationEndingIn(phrase.begin(), lower(head));
            if (named != null) {
                return new Speaker(phrase, named.name(), named.id(), cue);
            }
        }
        if (lower(words).startsWith("the ") && vocabulary.isOrganizationHead(head)) {
            // "the union wrote": the organisation named last, in this sentence or the few before
            Entity org = nearestBefore(phrase.begin(), EntityType.ORGANIZATION);
            if (org != null && isRecent(org, phrase.begin())) {
                return new Speaker(phrase, org.name(), org.id(), cue);
            }
        }
        Entity titled = personWithTitleIn(words, phrase.begin());
        if (titled == null && isDefinite(words) && vocabulary.isTitle(words.substring(words.lastIndexOf(' ') + 1))) {
            // "Obama's former campaign strategist said": a definite role description refers back to
            // the person last named, other than one named inside the description.
            titled = nearestPersonOutside(phrase);
        }
        return titled != null ? new Speaker(phrase, titled.name(), titled.id(), cue) : new Speaker(phrase, words, null, cue);
    }

    /**
     * Whose document "a Capital Economics statement", "Morquendi's message" or "an agency statement"
     * is: the person or organisation named in the phrase, or, for an organisation's word before the
     * noun, the organisation named last.
     */
    private Entity authorOf(Span phrase, String words) {
        for (int i = lastBeginningBefore(phrase.end() - 1); i >= 0 && mentions.mention(i).span().begin() >= phrase.begin(); i--) {
            if (phrase.contains(mentions.mention(i).span()) && mentions.entityOf(i).type() != EntityType.PLACE) {
                return mentions.entityOf(i);
            }
        }
        String[] w = words.split("\\s+");
        if (w.length >= 2 && vocabulary.isOrganizationHead(lower(w[w.length - 2]))) {
            Entity org = nearestBefore(phrase.begin(), EntityType.ORGANIZATION);
            return org != null && isRecent(org, phrase.begin()) ? org : null;
        }
        return null;
    }

    private boolean isRecent(Entity e, int offset) {
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

    private static boolean isDefinite(String phrase) {
        String first = phrase.split("\\s+")[0];
        return first.equalsIgnoreCase("the") || first.endsWith("’s") || first.endsWith("'s") || phrase.contains("’s ") || phrase.contains("'s ");
    }

    private Entity nearestPersonOutside(Span phrase) {
        Set<Entity> inside = new HashSet<>();
        for (int i = lastBeginningBefore(phrase.begin()) + 1; i < mentions.size() && mentions.mention(i).span().begin() < phrase.end(); i++) {
            if (phrase.contains(mentions.mention(i).span())) {
                inside.add(mentions.entityOf(i));
            }
        }
        return personOfSentenceBefore(phrase.begin(), inside);
    }

    /**
     * The nearest sentence before {@code offset} naming a person: the person who speaks in it ("Tony
     * Blair has failed, Michael Howard has said. … the Conservative leader said"), else the first it
     * names (its subject, mostly); never one of {@code inside}.
     */
    private Entity personOfSentenceBefore(int offset, Set<Entity> inside) {
        Entity found = null;
        Entity speaking = null;
        int foundSentence = -1;
        int from = lastBeginningBefore(offset);
        for (int i = from, to = windowStart(from); i >= to; i--) {
            WorkMeter.count(1);
            Entity e = mentions.entityOf(i);
            if (mentions.mention(i).span().end() > offset || e.type() != EntityType.PERSON || inside.contains(e) || mentions.isQuoted(i)) {
                continue;
            }
            int si = tokens.sentenceIndexAt(mentions.mention(i).span().begin());
            if (foundSentence >= 0 && si != foundSentence) {
                break;
            }
            found = e;
            foundSentence = si;
            if (speaking == null && speaks(mentions.mention(i).span())) {
                speaking = e;
            }
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

    private Entity personWithTitleIn(String phrase, int before) {
        String lowerPhrase = lower(phrase);
        String title = null;
        for (String t : vocabulary.titles()) {
            if ((" " + lowerPhrase + " ").contains(" " + lower(t) + " ") && (title == null || t.length() > title.length())) {
                title = t;
            }
        }
        if (title == null) {
            return null;
        }
        int from = lastBeginningBefore(before);
        for (int i = from, to = windowStart(from); i >= to; i--) {
            WorkMeter.count(1);
            NamedEntity m = mentions.mention(i);
            if (m.span().end() > before || mentions.entityOf(i).type() != EntityType.PERSON) {
                continue;
            }
            String around = lower(text.substring(Math.max(0, m.span().begin() - 30), Math.min(text.length(), m.span().end() + 40)));
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
