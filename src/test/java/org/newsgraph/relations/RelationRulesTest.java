package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Relation;

/**
 * Every rule of models/relation-patterns.tsv on a sentence of its own, run alone over the
 * pipeline's entities, so each test says what that one rule gives. Written by hand, not from output.
 */
class RelationRulesTest {
    private static final Map<String, String[]> CASES = RelationRuleSentences.CASES;

    private static RelationRules rules;
    private static Demonyms demonyms;

    private static synchronized RelationRules rules() {
        if (rules == null) {
            demonyms = new Demonyms(new KbpGazetteers());
            rules = new RelationRules(new TitlePhrases(demonyms.kbp(), new WordList("title-words.txt"), demonyms), demonyms);
        }
        return rules;
    }

    private static Set<String> triples(RelationRules only, String text) {
        Document d = TestPipeline.run(text);
        List<Relation> out = new ArrayList<>();
        Entity lead = null;
        for (SentenceView s : RelationStage.views(d)) {
            only.apply(s, lead, d.entities(), out);
            lead = Leads.subject(s, lead);
        }
        return out.stream().map(r -> name(d, r.subjectId()) + " " + r.predicate().property() + " "
                + (r.objectId() != null ? name(d, r.objectId()) : r.value())).collect(Collectors.toSet());
    }

    private static String name(Document d, String id) {
        return d.entities().byId(id).map(Entity::name).orElseThrow();
    }

    @Test
    void everyRuleHasATestSentence() {
        Set<String> names = rules().rules().stream().map(RelationRules.Rule::name).collect(Collectors.toSet());
        assertEquals(names, CASES.keySet(), "rules of relation-patterns.tsv and the test sentences here");
    }

    @Test
    void eachRuleGivesItsRelationsOnItsSentence() {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String[]> c : CASES.entrySet()) {
            Set<String> got = triples(rules().only(c.getKey()), c.getValue()[0]);
            for (int k = 1; k < c.getValue().length; k++) {
                if (!got.contains(c.getValue()[k])) {
                    failures.add(c.getKey() + ": expected '" + c.getValue()[k] + "' in " + got);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void sportsPlayersAreMembersAndPartiesHaveMembers() {
        Set<String> t = triples(rules(), "Chelsea striker Didier Drogba scored. Labour's campaign spokesman Fraser Kemp replied.");
        assertTrue(t.contains("Didier Drogba memberOf Chelsea"), t.toString());
        assertTrue(t.contains("Fraser Kemp memberOf Labour"), t.toString());
        assertFalse(t.stream().anyMatch(x -> x.contains("worksFor")), t.toString());
    }

    @Test
    void titlesAreWholePhrasesWithoutFormer() {
        Set<String> t = triples(rules(), "Shadow Home Secretary David Davis spoke. The former chairman John Major replied. "
                + "The Streets, aka British rapper and songwriter, Mike Skinner won.");
        assertTrue(t.contains("David Davis jobTitle Shadow Home Secretary"), t.toString());
        assertTrue(t.contains("John Major jobTitle chairman"), t.toString());
        Set<String> apposition = triples(rules(), "Mr Knight, a former bodyguard, set up the label.");
        assertTrue(apposition.contains("Knight jobTitle bodyguard"), apposition.toString());
        assertTrue(t.contains("Mike Skinner jobTitle rapper and songwriter"), t.toString());
        Set<String> associate = triples(rules(), "Dr Andrew Burn, associate director of the Institute of Education, spoke.");
        assertTrue(associate.contains("Andrew Burn jobTitle associate director"), associate.toString());
        Set<String> plural = triples(rules(), "Supervisor of Elections Linda Hale said the count was slow.");
        assertTrue(plural.contains("Linda Hale jobTitle Supervisor of Elections"), plural.toString());
    }

    @Test
    void aPluralTitleBeforeNamesGivesEachTheSingular() {
        Set<String> t = triples(rules(), "The show has pictures by photographers Ann Bell, Joe Marsh and Tom Hale from London.");
        assertTrue(t.contains("Ann Bell jobTitle photographer"), t.toString());
        assertTrue(t.contains("Joe Marsh jobTitle photographer"), t.toString());
        assertTrue(t.contains("Tom Hale jobTitle photographer"), t.toString());
        Set<String> two = triples(rules(), "The dinner was attended by Pastors Ann Bell and Tom Hale and CNN's Joe Marsh last week.");
        assertTrue(two.contains("Tom Hale jobTitle Pastor"), two.toString());
        assertTrue(two.contains("Ann Bell jobTitle Pastor"), two.toString());
        Set<String> firms = triples(rules(), "The report was written by consultants Tom Hale and Goldman Sachs for the government.");
        assertFalse(firms.stream().anyMatch(x -> x.contains("jobTitle")), firms.toString());
        Set<String> apposition = triples(rules(), "Voters heard from Tom Hale, the candidates, and the press. The journalists vetted Ann Bell.");
        assertFalse(apposition.stream().anyMatch(x -> x.contains("jobTitle")), apposition.toString());
    }

    @Test
    void aTitleAfterAsBeforeASpeakerIsAnothersTitle() {
        Set<String> t = triples(rules(), "As nominee, Tom Hale said, Ann Bell would be strong.");
        assertFalse(t.stream().anyMatch(x -> x.startsWith("Tom Hale jobTitle")), t.toString());
    }

    @Test
    void lowerCaseWordsBeforeACapitalisedTitleDescribe() {
        Set<String> t = triples(rules(), "Voters liked rival Sen. Tom Hale more than state Sen. Ann Bell.");
        assertTrue(t.contains("Tom Hale jobTitle Sen."), t.toString());
        assertTrue(t.contains("Ann Bell jobTitle state Sen."), t.toString());
    }

    @Test
    void wordsTheTitleListsHoldThatAreNoJobGiveNoTitle() {
        Set<String> t = triples(rules(), "The report named shooter Tom Hale and role models Ann Bell and Joe Marsh.");
        assertFalse(t.stream().anyMatch(x -> x.contains("jobTitle")), t.toString());
    }

    @Test
    void anIndefinitePronounIsNoPartOfATitle() {
        Set<String> t = triples(rules(), "Critics said the plan was unfair, something President Tom Hale denied on Monday.");
        assertTrue(t.contains("Tom Hale jobTitle President"), t.toString());
        assertFalse(t.stream().anyMatch(x -> x.contains("something")), t.toString());
    }

    @Test
    void aTitleStartingTheNextClauseIsNotAnApposition() {
        Set<String> t = triples(rules(), "After passes from Kevin Davies and Gary Speed, the Greek striker found the corner.");
        assertFalse(t.stream().anyMatch(x -> x.startsWith("Gary Speed jobTitle")), t.toString());
        Set<String> next = triples(rules(), "Campaigning for his wife Hillary Clinton, former president Bill Clinton said she was ready.");
        assertFalse(next.stream().anyMatch(x -> x.startsWith("Hillary Clinton jobTitle")), next.toString());
        Set<String> cfo = triples(rules(), "John Connors, Microsoft's chief financial officer said the test went well.");
        assertTrue(cfo.contains("John Connors jobTitle chief financial officer"), cfo.toString());
    }

    @Test
    void aDescriptionOpeningASentenceTakesUpOnlyTheSubjectBefore() {
        Set<String> chain = triples(rules(), "Gordon Brown spoke on Monday. He said growth was strong. The chancellor has promised lower taxes.");
        assertTrue(chain.contains("Gordon Brown jobTitle chancellor"), chain.toString());
        Set<String> clause = triples(rules(), "After Gordon Brown spoke, the debate began. The chancellor has promised lower taxes.");
        assertFalse(clause.stream().anyMatch(x -> x.contains("jobTitle")), clause.toString());
        Set<String> speaker = triples(rules(), "Martin Mubanga was freed on Monday. The home secretary said he was a risk.");
        assertFalse(speaker.stream().anyMatch(x -> x.contains("jobTitle")), speaker.toString());
        Set<String> named = triples(rules(), "Gordon Brown met Tony Blair on Monday. The chancellor praised Mr Brown.");
        assertFalse(named.stream().anyMatch(x -> x.contains("jobTitle chancellor")), named.toString());
    }

    @Test
    void honorificIsNotATitleButLinksTheSurname() {
        Set<String> t = triples(rules(), "Michael Howard spoke. Labour spokesman Mr Kemp replied.");
        assertTrue(t.stream().anyMatch(x -> x.endsWith("jobTitle spokesman")), t.toString());
        assertFalse(t.stream().anyMatch(x -> x.endsWith("jobTitle Mr") || x.contains("spokesman Mr")), t.toString());
    }

    @Test
    void aDescriptionBeforeTheOrganisationIsSkipped() {
        Set<String> t = triples(rules(), "Sales were weak, said Ann Lowe, an analyst at research firm Gartner.");
        assertTrue(t.contains("Ann Lowe worksFor Gartner"), t.toString());
    }

    @Test
    void anUntitledAffiliationIsMembershipWhereTheArticleHasMembers() {
        RelationRules all = rules();
        Document d = TestPipeline.run("Arsenal's Thierry Henry scored twice. Patrick Vieira, Arsenal's captain, was booked.");
        List<Relation> out = new RelationPatterns(demonyms, new WordList("title-words.txt"), new RelationCues(), all)
                .extract(RelationStage.views(d), d.entities());
        Set<String> t = out.stream().map(r -> name(d, r.subjectId()) + " " + r.predicate().property() + " "
                + (r.objectId() != null ? name(d, r.objectId()) : r.value())).collect(Collectors.toSet());
        assertTrue(t.contains("Thierry Henry memberOf Arsenal"), t.toString());
        assertFalse(t.contains("Thierry Henry worksFor Arsenal"), t.toString());
    }

    @Test
    void aBareRoleNounAsSpeakerGivesNoTitle() {
        Document d = TestPipeline.run("Ann Bell spoke in Ohio on Monday. \"We will win,\" the spokesman said.");
        List<Relation> out = new RelationPatterns(demonyms, new WordList("title-words.txt"), new RelationCues(), rules())
                .extract(RelationStage.views(d), d.entities());
        assertFalse(out.stream().anyMatch(r -> r.predicate() == org.newsgraph.model.Predicate.JOB_TITLE), out.toString());
    }

    @Test
    void aLegislatorIsAMemberOfTheChamber() {
        Set<String> t = triples(rules(), "The House voted on Friday. House Speaker Tom Hale said the vote was close.");
        assertTrue(t.contains("Tom Hale memberOf House"), t.toString());
        assertFalse(t.contains("Tom Hale worksFor House"), t.toString());
    }

    @Test
    void majorityAndMinorityBelongToTheLeadersTitle() {
        Set<String> t = triples(rules(), "The bill was blocked by Senate Majority Leader Ann Bell on Monday.");
        assertTrue(t.contains("Ann Bell jobTitle Majority Leader"), t.toString());
    }

    @Test
    void aFrontRunnerIsATitle() {
        Set<String> t = triples(rules(), "Polls favour front-runner Tom Hale over Ann Bell.");
        assertTrue(t.contains("Tom Hale jobTitle front-runner"), t.toString());
    }

    @Test
    void thePartysAdjectiveAsAnOrganisationHasMembers() {
        Set<String> t = triples(rules(), "Ann Bell spoke in Leeds on Monday, and Labour front-runner Tom Hale replied.");
        assertTrue(t.contains("Tom Hale memberOf Labour"), t.toString());
        assertFalse(t.stream().anyMatch(x -> x.startsWith("Tom Hale worksFor")), t.toString());
    }

    @Test
    void aBadRuleIsRefusedNamingTheRule() {
        assertThrows(IllegalArgumentException.class, () -> TokenPattern.parse("s:PERSON x:NOSUCH"));
    }
}
