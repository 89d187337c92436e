package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Relation;

/** One sentence per pattern family, through the real pipeline. */
class RelationStageTest {
    private static Set<String> triples(String text) {
        Document d = TestPipeline.run(text);
        List<Relation> rs = d.relations();
        return rs.stream().map(r -> name(d, r.subjectId()) + " " + r.predicate().property() + " "
                + (r.objectId() != null ? name(d, r.objectId()) : r.value())).collect(Collectors.toSet());
    }

    private static String name(Document d, String id) {
        return d.entities().byId(id).map(Entity::name).orElseThrow(() -> new AssertionError("relation to unknown entity " + id));
    }

    @Test
    void premodifierTitleAndDemonym() {
        Set<String> t = triples("Russia is large. Russian President Vladimir Putin met German Chancellor Angela Merkel in Germany.");
        assertTrue(t.contains("Vladimir Putin jobTitle President"), t.toString());
        assertTrue(t.contains("Vladimir Putin nationality Russia"), t.toString());
        assertTrue(t.contains("Angela Merkel jobTitle Chancellor"), t.toString());
        assertTrue(t.contains("Angela Merkel nationality Germany"), t.toString());
    }

    @Test
    void organisationPremodifier() {
        Set<String> t = triples("United Nations general secretary Ban Ki-Moon will attend.");
        assertTrue(t.contains("Ban Ki-Moon jobTitle general secretary"), t.toString());
        assertTrue(t.contains("Ban Ki-Moon worksFor United Nations"), t.toString());
    }

    @Test
    void appositionWithEmployerAndItsLocation() {
        Set<String> t = triples("“We hope so,” says Yuri Krupnov, director of the Institute of Regional Development and Demography in Moscow.");
        assertTrue(t.contains("Yuri Krupnov jobTitle director"), t.toString());
        assertTrue(t.contains("Yuri Krupnov worksFor Institute of Regional Development and Demography"), t.toString());
        assertTrue(t.contains("Institute of Regional Development and Demography location Moscow"), t.toString());
    }

    @Test
    void memberListsButNotMissingCountries() {
        Set<String> t = triples("The Shanghai Cooperation Organisation brings together China, Kazakhstan, Russia and Uzbekistan in a loose bloc."
                + " Conspicuously missing from the group is Japan.");
        for (String c : List.of("China", "Kazakhstan", "Russia", "Uzbekistan")) {
            assertTrue(t.contains(c + " memberOf Shanghai Cooperation Organisation"), t.toString());
        }
        assertFalse(t.stream().anyMatch(x -> x.startsWith("Japan memberOf")), t.toString());
    }

    @Test
    void founding() {
        Set<String> t = triples("Founded in Almaty, Kazakhstan in 1999, the CICA pledges to help. The SCO, founded in 2001, grew.");
        assertTrue(t.contains("CICA foundingLocation Almaty"), t.toString());
        assertTrue(t.contains("CICA foundingDate 1999"), t.toString());
        assertTrue(t.contains("Almaty containedInPlace Kazakhstan"), t.toString());
        assertTrue(t.contains("SCO foundingDate 2001"), t.toString());
    }

    @Test
    void founderByStartedBy() {
        Set<String> t = triples("The NATO alliance met. Started by Kazakhstan president Nursultan Nazarbayev, the Eurasian Economic Union grew.");
        assertTrue(t.stream().anyMatch(x -> x.endsWith("founder Nursultan Nazarbayev")), t.toString());
    }

    @Test
    void placesCapitalOfAndIn() {
        Set<String> t = triples("Ivanov toured Urumqi, capital of the province of Xinjiang, and the Kremlin in Moscow.");
        assertTrue(t.contains("Urumqi containedInPlace Xinjiang"), t.toString());
        assertTrue(t.contains("Kremlin containedInPlace Moscow"), t.toString());
    }

    @Test
    void colleagueAndFriend() {
        Set<String> t = triples("Russia’s secret weapon is Viktor Ivanov, a former KGB colleague of Vladimir Putin’s in Leningrad "
                + "who remains a close friend of the Russian prime minister.");
        assertTrue(t.contains("Viktor Ivanov colleague Vladimir Putin"), t.toString());
        assertTrue(t.contains("Viktor Ivanov knows Vladimir Putin"), t.toString());
    }

    @Test
    void copulaTitle() {
        Set<String> t = triples("Viktor Ivanov arrived. Ivanov’s official job is head of the anti-drug agency.");
        assertTrue(t.contains("Viktor Ivanov jobTitle head"), t.toString());
    }

    @Test
    void partyPremodifierIsMembership() {
        Set<String> t = triples("Green Party presidential candidate Jill Stein was escorted off the premises.");
        assertTrue(t.contains("Jill Stein memberOf Green Party"), t.toString());
        assertTrue(t.contains("Jill Stein jobTitle presidential candidate"), t.toString());
        assertFalse(t.stream().anyMatch(x -> x.contains("worksFor")), t.toString());
    }

    @Test
    void thePartysWordBelongsToTheTitle() {
        Set<String> t = triples("Tom Hale spoke in Ohio. The crowd cheered Hale, the presumptive Republican nominee, on Friday.");
        assertTrue(t.contains("Tom Hale jobTitle presumptive Republican nominee"), t.toString());
    }

    @Test
    void appositionNamingTheOrganisationInsideTheTitle() {
        Set<String> t = triples("Howard Dean, a former Democratic National Committee chairman and presidential candidate, spoke.");
        assertTrue(t.contains("Howard Dean jobTitle chairman"), t.toString()); // "former" is left out: a title, not a time
        assertTrue(t.contains("Howard Dean worksFor Democratic National Committee"), t.toString());
    }

    @Test
    void organisationPossessiveGivesEmployer() {
        Set<String> t = triples("He said so in an interview with NBC’s Lester Holt on Monday.");
        assertTrue(t.contains("Lester Holt worksFor NBC"), t.toString());
    }

    @Test
    void datelineCityAndAbbreviatedState() {
        Set<String> t = triples("HEMPSTEAD, N.Y., Sept. 26 (UPI) — The candidate was escorted off the premises.");
        assertTrue(t.stream().anyMatch(x -> x.matches("(?i)hempstead containedInPlace N\\.Y\\.")), t.toString());
    }

    @Test
    void abbreviatedStateEndingTheSentence() {
        Set<String> t = triples("The senator held a town hall meeting on Tuesday in Pueblo, Colo. Voters asked about water.");
        assertTrue(t.stream().anyMatch(x -> x.matches("Pueblo containedInPlace Colo\\.?")), t.toString());
        assertFalse(triples("She moved from Leeds to Durham, Kent. It rained.").stream()
                .anyMatch(x -> x.contains("containedInPlace")), "a place ending a sentence is no abbreviation");
    }

    @Test
    void cityAndStateButNoNationalityFromACity() {
        Set<String> t = triples("Terence Crutcher died in Tulsa, Oklahoma. Tulsa police Chief Chuck Jordan spoke on Monday.");
        assertTrue(t.contains("Tulsa containedInPlace Oklahoma"), t.toString());
        assertTrue(t.stream().anyMatch(x -> x.startsWith("Chuck Jordan jobTitle") && x.toLowerCase().endsWith("chief")), t.toString());
        assertFalse(t.stream().anyMatch(x -> x.contains("nationality")), t.toString());
    }

    @Test
    void twoStatesInAListAreNoContainment() {
        Set<String> t = triples("Iowa, New Hampshire and South Carolina vote first. Tulsa, Oklahoma votes later.");
        assertFalse(t.contains("Iowa containedInPlace New Hampshire"), t.toString());
        assertTrue(t.contains("Tulsa containedInPlace Oklahoma"), t.toString());
    }

    @Test
    void aTitleBeforeTheNextNameOfAListIsThatNames() {
        Set<String> t = triples("On stage were businesswoman Ann Bell, Ohio Gov. Tom Hale and Kentucky Sen. Joe Marsh.");
        assertFalse(t.contains("Ann Bell jobTitle Gov."), t.toString());
        assertTrue(t.stream().anyMatch(x -> x.startsWith("Tom Hale jobTitle") && x.endsWith("Gov.")), t.toString());
    }

    @Test
    void aMemberListStartsAtTheCueNotInsideAPhrase() {
        Set<String> t = triples("Israel was denounced at the United Nations. The summit, which brings together 700 of the young"
                + " founders in the United States, Europe and Africa, was held in Jerusalem.");
        assertFalse(t.stream().anyMatch(x -> x.contains("memberOf United Nations")), t.toString());
    }

    @Test
    void aTitleHeldForAPlaceTakesThePlace() {
        Set<String> t = triples("But Tom Hale, an ultra-conservative senator from Texas, has been winning delegates.");
        assertTrue(t.contains("Tom Hale jobTitle ultra-conservative senator from Texas"), t.toString());
    }
}
