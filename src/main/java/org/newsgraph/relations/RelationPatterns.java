package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.lexicon.Years;
import org.newsgraph.model.Entities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Predicate;
import org.newsgraph.model.Relation;
import org.newsgraph.model.Span;
import org.newsgraph.relations.RelationCues.Family;
import org.newsgraph.relations.SentenceView.MentionRef;

/**
 * The relation pattern families, each reading one sentence at a time: the token rules of
 * {@code relation-patterns.tsv} (titles, employers, parties, nationalities), and the list and
 * clause shapes driven by the cue phrases of {@code relation-cues.tsv} (places, founding,
 * member lists, colleagues), which read further than one token pattern can.
 */
final class RelationPatterns {
    private final Demonyms demonyms;
    private final WordList titles;
    private final RelationCues cues;
    private final RelationRules rules;
    private final WordList regions = new WordList("regions.txt");

    RelationPatterns(Demonyms demonyms, WordList titles, RelationCues cues, RelationRules rules) {
        this.demonyms = demonyms;
        this.titles = titles;
        this.cues = cues;
        this.rules = rules;
    }

    List<Relation> extract(List<SentenceView> sentences, Entities entities) {
        List<Relation> out = new ArrayList<>();
        List<Relation> untitled = new ArrayList<>();
        List<Relation> described = new ArrayList<>();
        Entity lastOrganization = null;
        Entity lead = null;
        for (int si = 0; si < sentences.size(); si++) {
            SentenceView s = sentences.get(si);
            rules.apply(s, lead, entities, out, untitled, described);
            lead = Leads.subject(s, lead);
            places(s, out);
            personLinks(s, out);
            lastOrganization = founding(s, lastOrganization, out);
            memberLists(sentences, si, lastOrganization, out);
            for (MentionRef m : s.mentions) {
                if (m.type() == EntityType.ORGANIZATION) {
                    lastOrganization = m.entity();
                }
            }
        }
        RelationRules.membersWhereOthersAre(out, untitled);
        DescribedTitles.dropHeldByOthers(out, described);
        return out;
    }

    /** "Almaty, Kazakhstan", "the Kremlin in Moscow", "Urumqi, capital of … Xinjiang", "ORG in PLACE". */
    private void places(SentenceView s, List<Relation> out) {
        List<MentionRef> ms = s.mentions;
        for (int k = 0; k + 1 < ms.size(); k++) {
            MentionRef a = ms.get(k);
            MentionRef b = ms.get(k + 1);
            if (b.type() != EntityType.PLACE) {
                continue;
            }
            int gap = b.first() - a.end();
            boolean comma = gap == 1 && s.is(a.end(), ",");
            boolean in = gap == 1 && s.is(a.end(), "in") || gap == 2 && s.is(a.end(), "in") && s.is(a.end() + 1, "the");
            boolean inList = s.is(b.end(), ",") && s.mention(b.end() + 1) != null || k > 0 && s.is(a.first() - 1, ",");
            boolean larger = demonyms.isCountry(b.entity().name()) || !regions.contains(a.entity().name()) // not "Iowa, New Hampshire"
                    && (regions.contains(b.entity().name()) || isRegionAbbreviation(s.text(b.first(), b.end())));
            if (a.type() == EntityType.PLACE && comma && !inList && larger && !demonyms.isCountry(a.entity().name())) {
                out.add(rel(a.entity(), Predicate.CONTAINED_IN_PLACE, b.entity(), s.span(a.first(), b.end()), 0.8));
            } else if (a.type() == EntityType.PLACE && in && !demonyms.isCountry(a.entity().name())) {
                out.add(rel(a.entity(), Predicate.CONTAINED_IN_PLACE, b.entity(), s.span(a.first(), b.end()), 0.7));
            } else if (a.type() == EntityType.ORGANIZATION && in) {
                out.add(rel(a.entity(), Predicate.LOCATION, b.entity(), s.span(a.first(), b.end()), 0.7));
            }
        }
        for (MentionRef a : ms) {
            if (a.type() != EntityType.PLACE || !s.is(a.end(), ",")) {
                continue;
            }
            int c = a.end() + 1;
            if (s.is(c, "the", "a")) {
                c++;
            }
            int len = cues.matchAt(Family.CAPITAL, s.lower, c);
            if (len > 0) {
                MentionRef container = nextMention(s, c + len, 8, EntityType.PLACE);
                if (container != null) {
                    out.add(rel(a.entity(), Predicate.CONTAINED_IN_PLACE, container.entity(), s.span(a.first(), container.end()), 0.8));
                }
            }
        }
    }

    /**
     * "N.Y.", "NSW", "Calif.": the way datelines and addresses abbreviate a state or province. At a sentence's end the
     * tokenizer gives the period to the sentence ("a rally in Hartford, Conn."), so there only the abbreviations of
     * regions.txt are taken: "Durham, Kent." is no abbreviation.
     */
    private boolean isRegionAbbreviation(String name) {
        return name.matches("(?:\\p{Lu}\\.){2,3}|\\p{Lu}\\p{Ll}{1,4}\\.|\\p{Lu}{2,3}") || regions.contains(name + ".");
    }

    /** "a former KGB colleague of Vladimir Putin's", "a close friend of the Russian prime minister". */
    private void personLinks(SentenceView s, List<Relation> out) {
        for (int i = 0; i < s.size(); i++) {
            int len = cues.matchAt(Family.COLLEAGUE, s.lower, i);
            Predicate p = Predicate.COLLEAGUE;
            if (len == 0) {
                len = cues.matchAt(Family.KNOWS, s.lower, i);
                p = Predicate.KNOWS;
            }
            if (len == 0) {
                continue;
            }
            MentionRef subject = previousMention(s, i, EntityType.PERSON);
            MentionRef object = nextMention(s, i + len, 2, EntityType.PERSON);
            int evidenceEnd = object != null ? object.end() : Math.min(s.size(), i + len + 5);
            if (object == null && subject != null && s.is(i + len, "the") && titleFollows(s, i + len + 1)) {
                // "X, a colleague of Y who remains a close friend of the Russian prime minister":
                // the description refers back to Y, the nearest person; the subject is the one before.
                object = subject;
                subject = previousMentionExcept(s, object.first(), EntityType.PERSON, object.entity());
            }
            if (subject != null && object != null && object.entity() != subject.entity()) {
                out.add(rel(subject.entity(), p, object.entity(), s.span(subject.first(), evidenceEnd), 0.7));
            }
        }
    }

    private boolean titleFollows(SentenceView s, int i) {
        for (int k = i; k < Math.min(s.size(), i + 4); k++) {
            if (titles.contains(s.word(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Founded in Almaty, Kazakhstan in 1999, the CICA …", "The SCO, founded in 2001, …",
     * "Started by … Nursultan Nazarbayev, the group's …". Returns the organisation the
     * sentence is about, for member lists that follow.
     */
    private Entity founding(SentenceView s, Entity lastOrganization, List<Relation> out) {
        Entity about = lastOrganization;
        for (int i = 0; i < s.size(); i++) {
            int founderLen = cues.matchAt(Family.FOUNDER, s.lower, i);
            if (founderLen > 0) {
                MentionRef person = nextMention(s, i + founderLen, 8, EntityType.PERSON);
                MentionRef org = nextMention(s, person == null ? i : person.end(), 6, EntityType.ORGANIZATION);
                Entity target = org != null ? org.entity() : lastOrganization;
                if (person != null && target != null) {
                    out.add(rel(target, Predicate.FOUNDER, person.entity(), s.span(i, person.end()), 0.75));
                }
                continue;
            }
            int len = cues.matchAt(Family.FOUNDED, s.lower, i);
            if (len == 0 || !s.is(i + len, "in")) {
                continue;
            }
            // The organisation: right before ("The SCO, founded in"), or after the clause ("Founded in …, the CICA").
            MentionRef org = null;
            int b = i - 1;
            if (s.is(b, ",")) {
                b--;
            }
            MentionRef before = s.mention(b);
            if (before != null && before.type() == EntityType.ORGANIZATION) {
                org = before;
            }
            int j = i + len + 1;
            List<MentionRef> placesInClause = new ArrayList<>();
            String year = null;
            int clauseEnd = j;
            for (; clauseEnd < s.size() && clauseEnd < j + 10; clauseEnd++) {
                MentionRef m = s.mention(clauseEnd);
                Matcher y = Years.YEAR.matcher(s.word(clauseEnd));
                if (m != null && m.type() == EntityType.PLACE) {
                    if (!placesInClause.contains(m)) {
                        placesInClause.add(m);
                    }
                } else if (y.matches()) {
                    year = s.word(clauseEnd);
                } else if (m == null && !s.is(clauseEnd, ",", "in", "and")) {
                    break;
                }
            }
            if (org == null) {
                MentionRef after = nextMention(s, clauseEnd, 3, EntityType.ORGANIZATION);
                org = after;
            }
            if (org == null) {
                continue;
            }
            about = org.entity();
            Span evidence = s.span(Math.min(i, org.first()), Math.max(clauseEnd, org.end()));
            if (year != null) {
                out.add(literal(org.entity(), Predicate.FOUNDING_DATE, year, evidence, 0.85));
            }
            if (!placesInClause.isEmpty()) {
                out.add(rel(org.entity(), Predicate.FOUNDING_LOCATION, placesInClause.get(0).entity(), evidence, 0.8));
            }
        }
        return about;
    }

    /**
     * "the group's members include … Israel and India: Afghanistan, Azerbaijan, …" and "The SCO
     * … brings together China, Kazakhstan … and Uzbekistan in a loose …": every name of the list
     * is a member of the organisation the sentence is about. A list introduced by a colon goes on
     * in the next paragraph.
     */
    private void memberLists(List<SentenceView> sentences, int si, Entity lastOrganization, List<Relation> out) {
        SentenceView s = sentences.get(si);
        for (int i = 0; i < s.size(); i++) {
            int len = cues.matchAt(Family.MEMBERS, s.lower, i);
            if (len == 0) {
                continue;
            }
            MentionRef subject = previousMention(s, i, EntityType.ORGANIZATION);
            Entity org = subject != null ? subject.entity() : lastOrganization;
            if (org == null) {
                return;
            }
            boolean colon = collectList(s, i + len, org, out);
            if (colon && si + 1 < sentences.size()) {
                collectList(sentences.get(si + 1), 0, org, out);
            }
            return;
        }
    }

    /** Adds memberOf for each list item from {@code from}; returns whether the list ends with a colon. */
    private boolean collectList(SentenceView s, int from, Entity org, List<Relation> out) {
        boolean started = false;
        int i = from;
        while (i < s.size()) {
            MentionRef m = s.mention(i);
            if (m != null) {
                if (m.entity() != org) {
                    out.add(rel(m.entity(), Predicate.MEMBER_OF, org, s.span(m.first(), m.end()), 0.75));
                }
                started = true;
                i = m.end();
                continue;
            }
            if (s.is(i, ":")) {
                return true;
            }
            boolean listGlue = s.is(i, ",", "and", "&", "as") || s.is(i, "well") && s.is(i - 1, "as");
            if (started && !listGlue || !started && s.is(i, "in")) { // not "brings together 700 of the founders in the US"
                return false;
            }
            i++;
        }
        return false;
    }

    private static MentionRef nextMention(SentenceView s, int from, int within, EntityType type) {
        for (int i = Math.max(0, from); i < s.size() && i < from + within; i++) {
            MentionRef m = s.mention(i);
            if (m != null && m.type() == type) {
                return m;
            }
        }
        return null;
    }

    private static MentionRef previousMention(SentenceView s, int before, EntityType type) {
        return previousMentionExcept(s, before, type, null);
    }

    private static MentionRef previousMentionExcept(SentenceView s, int before, EntityType type, Entity except) {
        for (int i = Math.min(before, s.size()) - 1; i >= 0; i--) {
            MentionRef m = s.mention(i);
            if (m != null && m.type() == type && m.entity() != except) {
                return m;
            }
        }
        return null;
    }

    private static Relation rel(Entity subject, Predicate p, Entity object, Span evidence, double confidence) {
        return new Relation(subject.id(), p, object.id(), null, evidence, confidence);
    }

    private static Relation literal(Entity subject, Predicate p, String value, Span evidence, double confidence) {
        return new Relation(subject.id(), p, null, value, evidence, confidence);
    }
}
