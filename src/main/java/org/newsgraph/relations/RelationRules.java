package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.model.Entities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Predicate;
import org.newsgraph.model.Relation;
import org.newsgraph.relations.SentenceView.MentionRef;
import org.newsgraph.relations.TokenPattern.Capture;

/**
 * The relation patterns of {@code models/relation-patterns.tsv}: each a token pattern with the
 * relations its captures give. A rule is tried at every token of a sentence; its matches do not
 * overlap, the first (longest) reading wins. Adding a pattern is one line there and one test
 * sentence in {@code RelationRulesTest}.
 */
final class RelationRules {
    /** One relation a rule gives: subject capture, predicate ({@code affiliation}: worksFor or memberOf), object capture. */
    record Gives(String subject, String predicate, String object) {
    }

    record Rule(String name, TokenPattern pattern, List<Gives> gives, double confidence) {
    }

    static final String FILE = "relation-patterns.tsv";
    /** "R-Texas", "D-N.Y.", "R": how US news tags a legislator's party (and state) after the name. */
    private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[RD](?:-\\p{Lu}[\\p{L}.]*)?");
    private final List<Rule> rules;
    private final TitlePhrases titles;
    private final Demonyms demonyms;
    private final WordList reportingVerbs = new WordList("reporting-verbs.txt");

    RelationRules(TitlePhrases titles, Demonyms demonyms) {
        this(load(), titles, demonyms);
    }

    RelationRules(List<Rule> rules, TitlePhrases titles, Demonyms demonyms) {
        this.rules = List.copyOf(rules);
        this.titles = titles;
        this.demonyms = demonyms;
    }

    static List<Rule> load() {
        List<Rule> out = new ArrayList<>();
        for (String[] row : ModelFiles.rows(FILE, 4)) {
            try {
                TokenPattern p = TokenPattern.parse(row[1]);
                List<Gives> gives = new ArrayList<>();
                for (String g : row[2].split(";")) {
                    String[] f = g.strip().split("\\s+");
                    if (f.length != 3 || !p.labels().contains(f[0]) || !p.labels().contains(f[2])) {
                        throw new IllegalArgumentException("'" + g.strip() + "' is not SUBJECT PREDICATE OBJECT over the pattern's labels");
                    }
                    if (!f[1].equals("affiliation")) {
                        predicate(f[1]);
                    }
                    gives.add(new Gives(f[0], f[1], f[2]));
                }
                out.add(new Rule(row[0], p, gives, Double.parseDouble(row[3])));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("model file " + FILE + ", rule " + row[0] + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    List<Rule> rules() {
        return rules;
    }

    /** The same rules restricted to one, for its unit test. */
    RelationRules only(String name) {
        return new RelationRules(rules.stream().filter(r -> r.name().equals(name)).toList(), titles, demonyms);
    }

    private static Predicate predicate(String property) {
        for (Predicate p : Predicate.values()) {
            if (p.property().equals(property)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown predicate " + property);
    }

    /** {@code previousLead}: the person the sentence before opens with ({@link Leads}), or null. */
    void apply(SentenceView s, Entity previousLead, Entities entities, List<Relation> out) {
        apply(s, previousLead, entities, out, new ArrayList<>(), new ArrayList<>());
    }

    /**
     * As above; {@code untitled} also receives the worksFor relations given with no title ("Chelsea's
     * Damien Duff"), which {@link #membersWhereOthersAre} may turn into memberOf, and {@code described} the
     * titles given through a quote's speaker ({@link DescribedTitles}).
     */
    void apply(SentenceView s, Entity previousLead, Entities entities, List<Relation> out, List<Relation> untitled, List<Relation> described) {
        PatternVocabulary v = vocabulary(entities, previousLead);
        for (Rule r : rules) {
            int i = 0;
            while (i < s.size()) {
                Map<String, Capture> caps = r.pattern().matchAt(s, i, v);
                int before = out.size();
                if (caps == null) {
                    i++;
                    continue;
                }
                give(r, caps, s, entities, out, untitled);
                if (r.pattern().resolvesSpeaker()) {
                    List<Relation> given = out.subList(before, out.size());
                    if (DescribedTitles.anyBare(given)) {
                        given.clear();
                    }
                    described.addAll(given);
                }
                i = caps.get("").end();
            }
        }
    }

    private void give(Rule r, Map<String, Capture> caps, SentenceView s, Entities entities, List<Relation> out, List<Relation> untitled) {
        Capture whole = caps.get("");
        for (Gives g : r.gives()) {
            Capture subject = caps.get(g.subject());
            Capture object = caps.get(g.object());
            if (subject == null || object == null || subject.entity() == null || isNamedInOwnDescription(r, subject, caps)) {
                continue;
            }
            Predicate p = g.predicate().equals("affiliation") ? affiliation(object, caps) : predicate(g.predicate());
            if (p.takesEntity() && (object.entity() == null || object.entity() == subject.entity()
                    || ArticleEntities.isPersonMistyped(entities, object.entity()))) {
                continue;
            }
            Relation rel = p.takesEntity()
                    ? new Relation(subject.entity().id(), p, object.entity().id(), null, s.span(whole.first(), whole.end()), r.confidence())
                    : new Relation(subject.entity().id(), p, null, object.text(), s.span(whole.first(), whole.end()), r.confidence());
            out.add(rel);
            if (g.predicate().equals("affiliation") && p == Predicate.WORKS_FOR && caps.get("t") == null) {
                untitled.add(rel);
            }
        }
    }

    /** "Trump's campaign manager said" is not Trump: a person named in a speaker's description is not the one it describes. */
    private static boolean isNamedInOwnDescription(Rule r, Capture subject, Map<String, Capture> caps) {
        return r.pattern().resolvesSpeaker() && caps.values().stream().anyMatch(c -> c != subject && c.entity() == subject.entity());
    }

    /**
     * "Chelsea's Damien Duff" says nothing of his role; when the article makes others members of
     * the same organisation by their titles ("Drogba, Chelsea's striker"), he is one too.
     */
    static void membersWhereOthersAre(List<Relation> out, List<Relation> untitled) {
        java.util.Set<String> withMembers = new java.util.HashSet<>();
        for (Relation r : out) {
            if (r.predicate() == Predicate.MEMBER_OF && r.objectId() != null) {
                withMembers.add(r.objectId());
            }
        }
        for (Relation r : untitled) {
            int k = out.indexOf(r);
            if (k >= 0 && withMembers.contains(r.objectId())) {
                out.set(k, new Relation(r.subjectId(), Predicate.MEMBER_OF, r.objectId(), null, r.evidence(), r.confidence()));
            }
        }
    }

    /** A party's and a legislature's people and a team's players are members; everyone else works for the organisation. */
    private Predicate affiliation(Capture org, Map<String, Capture> caps) {
        Capture title = caps.get("t");
        String name = org.entity() == null ? null : org.entity().name();
        // "Democratic front-runner X", "a Republican representative": the party's adjective typed as its name
        if (name != null && (titles.isParty(name) || titles.partySide(name) != null || titles.isChamber(name)) || title != null && titles.isMemberRole(title.text())) {
            return Predicate.MEMBER_OF;
        }
        return Predicate.WORKS_FOR;
    }

    private PatternVocabulary vocabulary(Entities entities, Entity previousLead) {
        return new PatternVocabulary() {
            @Override
            public int titleEnd(SentenceView s, int i) {
                return titles.endAt(s, i);
            }

            @Override
            public int titleValueStart(SentenceView s, int from, int end) {
                return titles.valueStart(s, from, end);
            }

            @Override
            public boolean isCountry(MentionRef place) {
                return demonyms.isCountry(place.entity().name()) || demonyms.isCountry(place.mention().text());
            }

            @Override
            public Entity countryOfDemonym(SentenceView s, int i) {
                String country = demonyms.countryOf(s.word(i));
                return country == null ? null : ArticleEntities.placeNamed(entities, country);
            }

            @Override
            public boolean isSaying(String lowerWord) {
                return reportingVerbs.contains(lowerWord);
            }

            @Override
            public Entity topic(SentenceView s) {
                Entity topic = ArticleEntities.mostNamedBefore(entities, s.span(0, 1).begin());
                int from = s.previousBegin < 0 ? s.span(0, 1).begin() : s.previousBegin;
                int to = s.span(0, s.size()).end();
                // Only a person named in this sentence or the one before: "… Michael Howard has said. The Tory leader said …".
                return topic != null && topic.mentions().stream().anyMatch(m -> m.span().begin() >= from && m.span().begin() < to) ? topic : null;
            }

            @Override
            public Entity antecedent(SentenceView s, int i) {
                return ClausePronouns.personBefore(s, i, demonyms.kbp());
            }

            @Override
            public Entity previousOrganisation(SentenceView s, int i) {
                return ArticleEntities.lastOrganisationBefore(entities, s.span(Math.min(i, s.size() - 1), Math.min(i, s.size() - 1) + 1).begin(),
                        s.previousBegin < 0 ? s.span(0, 1).begin() : s.previousBegin);
            }

            @Override
            public Entity placeOfBased(String word) {
                String name = word.substring(0, word.length() - "-based".length());
                Entity place = ArticleEntities.placeNamed(entities, name);
                String country = demonyms.countryOf(name); // "British-based"
                return place != null ? place : country == null ? null : ArticleEntities.placeNamed(entities, country);
            }

            @Override
            public Entity lead(SentenceView s) {
                if (previousLead == null || s.mentions.stream().anyMatch(m -> m.entity() == previousLead)) {
                    return null;
                }
                return previousLead == ArticleEntities.mostNamedBefore(entities, s.span(0, 1).begin()) ? previousLead : null;
            }

            @Override
            public boolean isPlural(SentenceView s, int i) {
                return titles.isPlural(s, i);
            }

            @Override
            public String singular(SentenceView s, int from, int end) {
                return titles.singular(s, from, end);
            }

            @Override
            public Entity party(String text) {
                String side = titles.partySide(text);
                return side == null ? null : ArticleEntities.partyNamed(entities, side, titles::partySide);
            }

            @Override
            public Entity partyOfTag(String token) {
                return PARTY_TAG.matcher(token).matches() ? ArticleEntities.partyNamed(entities, token.substring(0, 1), titles::partySide) : null;
            }

            @Override
            public boolean isLeftOutOfTitle(String word) {
                return titles.isLeftOut(word);
            }

            @Override
            public boolean isHonorific(String word) {
                return titles.isHonorific(word);
            }

            @Override
            public boolean isDemonym(SentenceView s, int i) {
                String w = s.word(i);
                return !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                        && (demonyms.isDemonym(w) || demonyms.kbp() != null && demonyms.kbp().isNationality(w));
            }
        };
    }
}
