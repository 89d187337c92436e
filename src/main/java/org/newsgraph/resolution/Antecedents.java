package org.newsgraph.resolution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;

/**
 * What a speaker phrase refers to: the entity of a name mention, the antecedent of a pronoun
 * ("he" → the previous speaker or the nearest person), of a possessive ("its own mandate" →
 * the organisation) or of a role description ("the minister", "Obama's former campaign
 * strategist" → the person it refers back to). Mentions are kept in text order, since every
 * rule scans backwards from a position.
 */
public final class Antecedents {
    private final String text;
    private final Tokens tokens;
    private final ReferenceWords vocabulary;
    private final MentionIndex mentions;
    private final MentionSearch search;
    private final PersonSexes sexes;
    private final Entities entities;
    /** Lower-cased names and their endings after a space ("pence" of "mike pence") to the first such entity in text order. */
    private final Map<String, Entity> byNameOrEnding = new HashMap<>();

    /** {@code sexOfGivenName}: "MALE", "FEMALE" or null for a full name by its given name, so that "she" passes over a man. */
    public Antecedents(Document doc, MentionIndex mentions, ReferenceWords vocabulary, UnaryOperator<String> sexOfGivenName) {
        this.text = doc.text();
        this.sexes = new PersonSexes(sexOfGivenName);
        this.entities = doc.entities();
        this.tokens = doc.tokens();
        this.vocabulary = vocabulary;
        this.mentions = mentions;
        this.search = new MentionSearch(doc, mentions, vocabulary);
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

    /** The mention at {@code mentionIndex} as the speaker, resolved to its entity. */
    public Speaker named(int mentionIndex, Span cue) {
        NamedEntity m = mentions.mention(mentionIndex);
        return new Speaker(m.span(), m.text(), mentions.entityOf(mentionIndex).id(), cue);
    }

    /**
     * "he" → the previous quote's speaker when recent, else the nearest person before it; "he" and
     * "she" pass over a person whose given name says the other sex, unless nobody else is found
     * (then the pronoun keeps the antecedent it had without the sexes, so that whether a speaker
     * is resolved at all, which the learned model reads, does not change).
     */
    public Speaker pronoun(Token tok, Span cue, Quote previous) {
        String sex = PersonSexes.ofPronoun(tok.word());
        Speaker s = pronoun(tok, cue, previous, sex);
        return s.entityId() == null && sex != null ? pronoun(tok, cue, previous, null) : s;
    }

    private Speaker pronoun(Token tok, Span cue, Quote previous, String sex) {
        boolean thing = Pronouns.THING.contains(lower(tok.word()));
        Entity inSentence = search.firstInSentence(tok.span().begin(), thing ? EntityType.ORGANIZATION : EntityType.PERSON, sexes, sex);
        if (inSentence != null) {
            // "Trump took to Twitter … to check out what he called …": a person named earlier in the sentence
            return new Speaker(tok.span(), inSentence.name(), inSentence.id(), cue);
        }
        if (!thing && previous != null && previous.speakerText() != null && !isOfOtherSex(previous.speakerEntityId(), sex)
                && tokens.sentenceIndexAt(tok.span().begin()) - tokens.sentenceIndexAt(previous.content().end() - 1) <= 3) {
            return new Speaker(tok.span(), previous.speakerText(), previous.speakerEntityId(), cue);
        }
        // "…," he told the radio station: the one who speaks in the sentence before, not its last name
        Entity e = thing ? search.nearestBefore(tok.span().begin(), EntityType.ORGANIZATION) : search.personOfSentenceBefore(tok.span().begin(), Set.of(), sexes, sex);
        return e != null ? new Speaker(tok.span(), e.name(), e.id(), cue) : new Speaker(tok.span(), tok.word(), null, cue);
    }

    private boolean isOfOtherSex(String entityId, String sex) {
        return entityId != null && entities.byId(entityId).filter(e -> sexes.conflicts(e, sex)).isPresent();
    }

    /** The person or organisation whose name is, or ends with, these words in any case ("Pence", "WALLACE"), or null. */
    public Entity entityNamed(String words) {
        return byNameOrEnding.get(lower(words));
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
            Entity e = search.nearestBefore(phrase.begin(), wanted);
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
            Entity named = search.organizationEndingIn(phrase.begin(), lower(head));
            if (named != null) {
                return new Speaker(phrase, named.name(), named.id(), cue);
            }
        }
        if (lower(words).startsWith("the ") && vocabulary.isOrganizationHead(head)) {
            // "the union wrote": the organisation named last, in this sentence or the few before
            Entity org = search.nearestBefore(phrase.begin(), EntityType.ORGANIZATION);
            if (org != null && search.isRecent(org, phrase.begin())) {
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
        for (int i = mentions.lastBeginningBefore(phrase.end() - 1); i >= 0 && mentions.mention(i).span().begin() >= phrase.begin(); i--) {
            if (phrase.contains(mentions.mention(i).span()) && mentions.entityOf(i).type() != EntityType.PLACE) {
                return mentions.entityOf(i);
            }
        }
        String[] w = words.split("\\s+");
        if (w.length >= 2 && vocabulary.isOrganizationHead(lower(w[w.length - 2]))) {
            Entity org = search.nearestBefore(phrase.begin(), EntityType.ORGANIZATION);
            return org != null && search.isRecent(org, phrase.begin()) ? org : null;
        }
        return null;
    }

    private static boolean isDefinite(String phrase) {
        String first = phrase.split("\\s+")[0];
        return first.equalsIgnoreCase("the") || first.endsWith("’s") || first.endsWith("'s") || phrase.contains("’s ") || phrase.contains("'s ");
    }

    private Entity nearestPersonOutside(Span phrase) {
        Set<Entity> inside = new HashSet<>();
        for (int i = mentions.lastBeginningBefore(phrase.begin()) + 1; i < mentions.size() && mentions.mention(i).span().begin() < phrase.end(); i++) {
            if (phrase.contains(mentions.mention(i).span())) {
                inside.add(mentions.entityOf(i));
            }
        }
        return search.personOfSentenceBefore(phrase.begin(), inside, sexes, null);
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
        return search.personTitled(title, before);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
