package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
final class Antecedents {
    private static final int MAX_SENTENCES_BACK = 3;
    /**
     * How many mentions back a search looks: more than any news article holds before one point
     * (PolNeAR's longest has a few hundred), so only a list of thousands of names is cut short,
     * which keeps each search constant-time and the stage linear in the article's length.
     */
    static final int MAX_MENTIONS_BACK = 2000;
    private final String text;
    private final Tokens tokens;
    private final QuoteLexicon lexicon;
    private final List<NamedEntity> mentions = new ArrayList<>();
    private final List<Entity> mentionEntity = new ArrayList<>();
    /** Lower-cased names and their endings after a space ("pence" of "mike pence") to the first such entity in text order. */
    private final Map<String, Entity> byNameOrEnding = new java.util.HashMap<>();
    private final int[] maxEndUpTo;

    Antecedents(Document doc, QuoteLexicon lexicon) {
        this.text = doc.text();
        this.tokens = doc.tokens();
        this.lexicon = lexicon;
        List<Map.Entry<NamedEntity, Entity>> all = new ArrayList<>();
        for (Entity e : doc.entities().all()) {
            for (NamedEntity m : e.mentions()) {
                all.add(Map.entry(m, e));
            }
        }
        all.sort(Map.Entry.comparingByKey(Comparator.comparing(NamedEntity::span)));
        for (Map.Entry<NamedEntity, Entity> me : all) {
            mentions.add(me.getKey());
            mentionEntity.add(me.getValue());
            Entity e = me.getValue();
            if (e.type() != EntityType.PLACE) {
                String name = lower(e.name());
                byNameOrEnding.putIfAbsent(name, e);
                for (int sp = name.indexOf(' '); sp >= 0; sp = name.indexOf(' ', sp + 1)) {
                    byNameOrEnding.putIfAbsent(name.substring(sp + 1), e);
                }
            }
        }
        maxEndUpTo = maxEnds();
    }

    /** The furthest end of mentions 0..i: no mention before i reaches past it, so a search for a containing one can stop. */
    private int[] maxEnds() {
        int[] out = new int[mentions.size()];
        int max = -1;
        for (int i = 0; i < out.length; i++) {
            max = Math.max(max, mentions.get(i).span().end());
            out[i] = max;
        }
        return out;
    }

    /** Index of the last mention beginning before {@code offset}, or -1: where every backward search starts. */
    private int lastBeginningBefore(int offset) {
        int lo = 0, hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).span().begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** The lowest index a backward search from {@code from} may reach. */
    private static int windowStart(int from) {
        return Math.max(0, from - MAX_MENTIONS_BACK + 1);
    }

    NamedEntity mention(int i) {
        return mentions.get(i);
    }

    Entity entityOf(int i) {
        return mentionEntity.get(i);
    }

    Speaker named(int mentionIndex, Span cue) {
        NamedEntity m = mentions.get(mentionIndex);
        return new Speaker(m.span(), m.text(), mentionEntity.get(mentionIndex).id(), cue);
    }

    /** "he" → the previous quote's speaker when recent, else the nearest person before it. */
    Speaker pronoun(Token tok, Span cue, Quote previous) {
        String w = lower(tok.word());
        boolean thing = QuoteLexicon.THING_PRONOUNS.contains(w);
        Entity inSentence = firstInSentence(tok.span().begin(), thing ? EntityType.ORGANIZATION : EntityType.PERSON);
        if (inSentence != null) {
            // "Trump took to Twitter … to check out what he called …": a person named earlier in the sentence
            return new Speaker(tok.span(), inSentence.name(), inSentence.id(), cue);
        }
        if (!thing && previous != null && previous.speakerText() != null
                && tokens.sentenceIndexAt(tok.span().begin()) - tokens.sentenceIndexAt(previous.content().end() - 1) <= 3) {
            return new Speaker(tok.span(), previous.speakerText(), previous.speakerEntityId(), cue);
        }
        Entity e = nearestBefore(tok.span().begin(), thing ? EntityType.ORGANIZATION : EntityType.PERSON);
        return e != null ? new Speaker(tok.span(), e.name(), e.id(), cue) : new Speaker(tok.span(), tok.word(), null, cue);
    }

    /** The person or organisation whose name is, or ends with, these words in any case ("Pence", "WALLACE"), or null. */
    Entity entityNamed(String words) {
        return byNameOrEnding.get(lower(words));
    }

    /** The first person (or organisation) named in the sentence before {@code offset}: a pronoun prefers the subject. */
    private Entity firstInSentence(int offset, EntityType wanted) {
        int sentence = tokens.sentenceIndexAt(offset);
        Entity first = null;
        int from = lastBeginningBefore(offset);
        for (int i = from, to = windowStart(from); i >= to; i--) {
            WorkMeter.count(1);
            Span m = mentions.get(i).span();
            if (m.end() > offset) {
                continue;
            }
            if (tokens.sentenceIndexAt(m.begin()) != sentence) {
                break;
            }
            if (mentionEntity.get(i).type() == wanted) {
                first = mentionEntity.get(i);
            }
        }
        return first;
    }

    private Entity nearestBefore(int offset, EntityType wanted) {
        int from = lastBeginningBefore(offset);
        for (int i = from, to = windowStart(from); i >= to; i--) {
            WorkMeter.count(1);
            if (mentions.get(i).span().end() <= offset && mentionEntity.get(i).type() == wanted) {
                return mentionEntity.get(i);
            }
        }
        return null;
    }

    /** "one academic" stays unnamed; "the minister" resolves to the person last given that title. */
    Speaker description(Span phrase, Span cue) {
        String words = phrase.of(text);
        String owner = lower(words.split("\\s+")[0]);
        String head = words.substring(words.lastIndexOf(' ') + 1);
        boolean owned = QuoteLexicon.THING_PRONOUNS.contains(owner) || owner.equals("his") || owner.equals("her") || owner.equals("their");
        if (owned && lexicon.isDocumentNoun(head)) {
            // "its own mandate explains": the owner's words; not "his wife said"
            EntityType wanted = owner.equals("its") || owner.equals("their") ? EntityType.ORGANIZATION : EntityType.PERSON;
            Entity e = nearestBefore(phrase.begin(), wanted);
            if (e != null) {
                return new Speaker(phrase, e.name(), e.id(), cue);
            }
        }
        if (lower(words).startsWith("the ") && lexicon.isOrganizationHead(head)) {
            // "the union wrote": the organisation named last, in this sentence or the few before
            Entity org = nearestBefore(phrase.begin(), EntityType.ORGANIZATION);
            if (org != null && isRecent(org, phrase.begin())) {
                return new Speaker(phrase, org.name(), org.id(), cue);
            }
        }
        Entity titled = personWithTitleIn(words, phrase.begin());
        if (titled == null && isDefinite(words) && lexicon.isTitle(words.substring(words.lastIndexOf(' ') + 1))) {
            // "Obama's former campaign strategist said": a definite role description refers back to
            // the person last named, other than one named inside the description.
            titled = nearestPersonOutside(phrase);
        }
        return titled != null ? new Speaker(phrase, titled.name(), titled.id(), cue) : new Speaker(phrase, words, null, cue);
    }

    private boolean isRecent(Entity e, int offset) {
        int here = tokens.sentenceIndexAt(offset);
        int from = lastBeginningBefore(offset);
        for (int i = from, to = windowStart(from); i >= to; i--) {
            WorkMeter.count(1);
            if (mentionEntity.get(i) == e && mentions.get(i).span().end() <= offset) {
                return here - tokens.sentenceIndexAt(mentions.get(i).span().begin()) <= MAX_SENTENCES_BACK;
            }
        }
        return false;
    }

    private static boolean isDefinite(String phrase) {
        String first = phrase.split("\\s+")[0];
        return first.equalsIgnoreCase("the") || first.endsWith("’s") || first.endsWith("'s") || phrase.contains("’s ") || phrase.contains("'s ");
    }

    private Entity nearestPersonOutside(Span phrase) {
        java.util.Set<Entity> inside = new java.util.HashSet<>();
        for (int i = lastBeginningBefore(phrase.begin()) + 1; i < mentions.size() && mentions.get(i).span().begin() < phrase.end(); i++) {
            if (phrase.contains(mentions.get(i).span())) {
                inside.add(mentionEntity.get(i));
            }
        }
        // The subject of the nearest earlier sentence naming a person: the first person it names.
        Entity found = null;
        int foundSentence = -1;
        int from = lastBeginningBefore(phrase.begin());
        for (int i = from, to = windowStart(from); i >= to; i--) {
            WorkMeter.count(1);
            Entity e = mentionEntity.get(i);
            if (mentions.get(i).span().end() > phrase.begin() || e.type() != EntityType.PERSON || inside.contains(e)) {
                continue;
            }
            int si = tokens.sentenceIndexAt(mentions.get(i).span().begin());
            if (foundSentence >= 0 && si != foundSentence) {
                break;
            }
            found = e;
            foundSentence = si;
        }
        return found;
    }

    private Entity personWithTitleIn(String phrase, int before) {
        String lowerPhrase = lower(phrase);
        String title = null;
        for (String t : lexicon.titles()) {
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
            NamedEntity m = mentions.get(i);
            if (m.span().end() > before || mentionEntity.get(i).type() != EntityType.PERSON) {
                continue;
            }
            String around = lower(text.substring(Math.max(0, m.span().begin() - 30), Math.min(text.length(), m.span().end() + 40)));
            if (around.contains(lower(title))) {
                return mentionEntity.get(i);
            }
        }
        return null;
    }

    /** The first mention (in text order) containing the token, or -1; only mentions beginning at or before it can. */
    int mentionAt(Span tokenSpan) {
        int found = -1;
        for (int i = lastBeginningBefore(tokenSpan.begin() + 1); i >= 0 && maxEndUpTo[i] > tokenSpan.begin(); i--) {
            WorkMeter.count(1);
            if (mentions.get(i).span().contains(tokenSpan)) {
                found = i;
            }
        }
        return found;
    }

    private static String lower(String s) {
        return SpeakerPhrases.lower(s);
    }
}
