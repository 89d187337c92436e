package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.relations.SentenceView.MentionRef;

/**
 * A token pattern of {@code relation-patterns.tsv}, in the spirit of spaCy's Matcher: a sequence
 * of elements, each matching one token or one whole span, optional when it ends in {@code ?}.
 * <ul>
 * <li>{@code x:CLASS} captures a span as x. Classes: {@code PERSON}, {@code ORG}, {@code PLACE}
 * (an entity mention of that type), {@code COUNTRY} (a place mention naming a country),
 * {@code NATION} (a country mention or a demonym, "British"), {@code TITLE} (a job-title phrase,
 * see {@link TitlePhrases}), {@code NAME} (any mention), {@code SAY} (a reporting verb), {@code TOPIC}
 * (no token: the person the article has named most so far), {@code PREVORG} (no token: the organisation
 * named last before this token, in this sentence or the one before), {@code BASED} (one token "X-based"
 * whose X names a place of the article, captured as that place), {@code START} (no token: the sentence starts here),
 * {@code LEAD} (no token: the person the sentence before opens with, see {@link PatternVocabulary#lead}), {@code PARTY} (a word or
 * name of a party the article names: "Republican", "GOP"), {@code PARTYTAG} (a party and state tag: "R-Texas", "D"),
 * {@code TITLES} (a plural title, "Sens.", captured singular), {@code SPEAKER} (no token: the person the quote stage resolved
 * a speaker phrase ending just before to, see {@link QuoteSpeakers}, when it is also the article's {@code TOPIC}), {@code ANTECEDENT}
 * (no token: the person a "he" or "she" here, or a clause with no subject, stands for: the one named last before it in the sentence).
 * A class without a label matches uncaptured.</li>
 * <li>{@code of|at|for} one token, any of these words, without case; {@code 's} a possessive
 * marker ('s, ’s, ', ’); {@code ,} a comma.</li>
 * <li>{@code @RB} one token whose part-of-speech tag starts with RB; {@code @$|#} with $ or #.</li>
 * </ul>
 * An element after {@code !} matches no token: the next token must not be what it names
 * ("!@VBD": not a past-tense verb). Matching tries the optional elements present first, then absent, so the longest reading wins.
 */
final class TokenPattern {
    enum Kind { WORDS, TAG, SPAN }

    enum SpanClass { PERSON, ORG, PLACE, COUNTRY, NATION, TITLE, NAME, SAY, TOPIC, PREVORG, BASED, START, LEAD, PARTY, PARTYTAG, TITLES, SPEAKER, ANTECEDENT }

    record Element(Kind kind, String label, Set<String> words, String tag, SpanClass spanClass, boolean optional, boolean negated) {
        Element(Kind kind, String label, Set<String> words, String tag, SpanClass spanClass, boolean optional) {
            this(kind, label, words, tag, spanClass, optional, false);
        }
    }

    /** A captured span: tokens [first, end), the entity it names (null for a title or an unknown country) and its text. */
    record Capture(int first, int end, Entity entity, String text) {
    }

    private final String source;
    private final List<Element> elements;

    private TokenPattern(String source, List<Element> elements) {
        this.source = source;
        this.elements = elements;
    }

    static TokenPattern parse(String source) {
        List<Element> out = new ArrayList<>();
        for (String raw : source.strip().split("\\s+")) {
            if (raw.length() > 1 && raw.startsWith("!")) {
                Element inner = parse(raw.substring(1)).elements.get(0);
                out.add(new Element(inner.kind(), null, inner.words(), inner.tag(), inner.spanClass(), false, true));
                continue;
            }
            boolean optional = raw.length() > 1 && raw.endsWith("?");
            String e = optional ? raw.substring(0, raw.length() - 1) : raw;
            int colon = e.indexOf(':');
            String cls = colon >= 0 ? e.substring(colon + 1) : e;
            if (cls.matches("[A-Z]+") && isSpanClass(cls)) {
                out.add(new Element(Kind.SPAN, colon >= 0 ? e.substring(0, colon) : null, null, null, SpanClass.valueOf(cls), optional));
            } else if (e.startsWith("@") && e.length() > 1) {
                out.add(new Element(Kind.TAG, null, null, e.substring(1), null, optional));
            } else if (colon > 0) {
                throw new IllegalArgumentException("unknown class " + cls + " in pattern: " + source);
            } else {
                out.add(new Element(Kind.WORDS, null, Set.of(e.toLowerCase(Locale.ROOT).split("\\|")), null, null, optional));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        return new TokenPattern(source, List.copyOf(out));
    }

    private static boolean isSpanClass(String s) {
        for (SpanClass c : SpanClass.values()) {
            if (c.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the pattern reads a quote's speaker ({@code SPEAKER}). */
    boolean resolvesSpeaker() {
        return elements.stream().anyMatch(e -> e.spanClass() == SpanClass.SPEAKER);
    }

    List<String> labels() {
        return elements.stream().filter(e -> e.label() != null).map(Element::label).toList();
    }

    @Override
    public String toString() {
        return source;
    }

    /** The captures of a match starting exactly at token i (with "" mapped to the whole match), or null. */
    Map<String, Capture> matchAt(SentenceView s, int i, PatternVocabulary v) {
        Element first = elements.get(0);
        if (!first.optional() && !first.negated() && first.spanClass() != SpanClass.TOPIC && first.spanClass() != SpanClass.LEAD
                && first.spanClass() != SpanClass.PREVORG && matchOne(first, s, i, v) == null) {
            return null; // most tokens fail the first word or tag: no map for them
        }
        Map<String, Capture> caps = new HashMap<>();
        int end = match(s, 0, i, caps, v);
        if (end <= i) {
            return null;
        }
        caps.put("", new Capture(i, end, null, s.text(i, end)));
        return caps;
    }

    private int match(SentenceView s, int ei, int pos, Map<String, Capture> caps, PatternVocabulary v) {
        if (ei == elements.size()) {
            return pos;
        }
        Element e = elements.get(ei);
        Capture c = matchOne(e, s, pos, v);
        if (c != null) {
            if (e.label() != null) {
                caps.put(e.label(), c);
            }
            int end = match(s, ei + 1, c.end(), caps, v);
            if (end >= 0) {
                return end;
            }
            if (e.label() != null) {
                caps.remove(e.label());
            }
        }
        return e.optional() ? match(s, ei + 1, pos, caps, v) : -1;
    }

    private static Capture matchOne(Element e, SentenceView s, int i, PatternVocabulary v) {
        if (e.negated()) { // "!@VBD": the next token is not one of these; matches no token
            Element inner = new Element(e.kind(), null, e.words(), e.tag(), e.spanClass(), false);
            return i >= s.size() || matchOne(inner, s, i, v) == null ? new Capture(i, i, null, "") : null;
        }
        if (i < 0 || i >= s.size()) {
            return null;
        }
        switch (e.kind()) {
            case WORDS -> {
                String w = s.lower.get(i);
                boolean ok = e.words().contains(w) || e.words().contains("'s") && (w.equals("’s") || w.equals("'") || w.equals("’"));
                return ok ? new Capture(i, i + 1, null, s.word(i)) : null;
            }
            case TAG -> {
                for (String prefix : e.tag().split("\\|")) {
                    if (s.tag(i).startsWith(prefix) && s.mention(i) == null) {
                        return new Capture(i, i + 1, null, s.word(i));
                    }
                }
                return null;
            }
            default -> {
                return matchSpan(e.spanClass(), s, i, v);
            }
        }
    }

    private static Capture matchSpan(SpanClass cls, SentenceView s, int i, PatternVocabulary v) {
        MentionRef m = s.mention(i);
        boolean startsMention = m != null && m.first() == i;
        if (cls == SpanClass.PERSON && m == null && v.isHonorific(s.word(i)) && s.mention(i + 1) != null
                && s.mention(i + 1).first() == i + 1 && s.mention(i + 1).type() == EntityType.PERSON) {
            MentionRef p = s.mention(i + 1);
            return new Capture(i, p.end(), p.entity(), s.text(i, p.end())); // "Mr Kemp"
        }
        switch (cls) {
            case SAY -> {
                return m == null && v.isSaying(s.lower.get(i)) ? new Capture(i, i + 1, null, s.word(i)) : null;
            }
            case TOPIC -> {
                Entity topic = v.topic(s);
                return topic == null ? null : new Capture(i, i, topic, topic.name()); // matches no token
            }
            case BASED -> {
                Entity place = m == null && s.lower.get(i).endsWith("-based") ? v.placeOfBased(s.word(i)) : null;
                return place == null ? null : new Capture(i, i + 1, place, s.word(i));
            }
            case START -> {
                return i == 0 ? new Capture(0, 0, null, "") : null;
            }
            case SPEAKER -> {
                // Two readings agreeing: attribution's resolution and the person the article is about.
                Entity speaker = s.speakerEndingBefore(i);
                return speaker == null || speaker != v.topic(s) ? null : new Capture(i, i, speaker, speaker.name()); // matches no token
            }
            case ANTECEDENT -> {
                Entity person = v.antecedent(s, i);
                return person == null ? null : new Capture(i, i, person, person.name()); // matches no token
            }
            case LEAD -> {
                Entity lead = v.lead(s);
                return lead == null ? null : new Capture(i, i, lead, lead.name()); // matches no token
            }
            case PARTY, PARTYTAG -> {
                if (m != null && !startsMention) {
                    return null;
                }
                int end = startsMention ? m.end() : i + 1;
                // A tag is one token, which the tagger sometimes takes for a name ("R-Iowa").
                Entity party = cls == SpanClass.PARTY ? v.party(s.text(i, end)) : end == i + 1 ? v.partyOfTag(s.word(i)) : null;
                return party == null ? null : new Capture(i, end, party, s.text(i, end));
            }
            case PREVORG -> {
                Entity org = v.previousOrganisation(s, i);
                return org == null ? null : new Capture(i, i, org, org.name()); // "the organisation's president"
            }
            case TITLE, TITLES -> {
                int from = m == null && v.isLeftOutOfTitle(s.word(i)) ? i + 1 : i; // "a former bodyguard" is a "bodyguard"
                int end = v.titleEnd(s, from);
                from = end > from ? v.titleValueStart(s, from, end) : from;
                boolean plural = end > from && v.isPlural(s, end - 1);
                if (plural && !PersonLists.startsAt(s, end, v::isHonorific)) {
                    return null; // "X, the candidates", "The journalists vetted": a plural title names no one person here
                }
                // One person holds one title: "presidential candidates X and Y" gives each "presidential candidate".
                // One person holds one title: "photographers David Bailey, Rankin …" gives each "photographer".
                return end > from && (cls == SpanClass.TITLE || plural) ? new Capture(i, end, null, plural ? v.singular(s, from, end) : s.text(from, end)) : null;
            }
            case NATION -> {
                if (startsMention && m.type() == EntityType.PLACE && v.isCountry(m)) {
                    return capture(s, m);
                }
                return m == null && v.isDemonym(s, i) ? new Capture(i, i + 1, v.countryOfDemonym(s, i), s.word(i)) : null;
            }
            case COUNTRY -> {
                return startsMention && m.type() == EntityType.PLACE && v.isCountry(m) ? capture(s, m) : null;
            }
            case NAME -> {
                return startsMention ? capture(s, m) : null;
            }
            default -> {
                EntityType t = cls == SpanClass.PERSON ? EntityType.PERSON : cls == SpanClass.ORG ? EntityType.ORGANIZATION : EntityType.PLACE;
                return startsMention && m.type() == t ? capture(s, m) : null;
            }
        }
    }

    private static Capture capture(SentenceView s, MentionRef m) {
        return new Capture(m.first(), m.end(), m.entity(), s.text(m.first(), m.end()));
    }
}
