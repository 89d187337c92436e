package org.newsgraph.relations;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test sentences for the rules of models/relation-patterns.tsv added after {@link RelationRulesTest} filled its file:
 * rule name → {sentence, a triple it must give, ...}, each written by hand. RelationRulesTest runs them with its own.
 */
final class RelationRuleSentences {
    static final Map<String, String[]> CASES = new LinkedHashMap<>();

    static {
        CASES.put("name-person-possessive-title", new String[] {"Ann Bell, Tom Hale's campaign manager was asked about the poll."
                + " Joe Marsh, President Dan Reed's chief of staff, declined to comment.",
                "Ann Bell jobTitle campaign manager", "Joe Marsh jobTitle chief of staff"});
        CASES.put("name-comma-party", new String[] {"The Democratic Party lost the seat. Its holder, Ann Bell, a Democrat, conceded on Friday.",
                "Ann Bell memberOf Democratic Party"});
        CASES.put("name-who-founded", new String[] {"Ann Bell, the veteran activist who founded the Carver Institute in 1984, backed the bill.",
                "Carver Institute founder Ann Bell"});
        CASES.put("name-served-as-title", new String[] {"The letter was signed by Ann Bell, who served as labor secretary in the 1990s."
                + " Tom Hale served as the finance chairman of the campaign.", "Ann Bell jobTitle labor secretary", "Tom Hale jobTitle finance chairman"});
        CASES.put("pronoun-was-title", new String[] {"Reporters asked about emails Ann Bell sent while she was governor.",
                "Ann Bell jobTitle governor"});
        CASES.put("while-title", new String[] {"The inquiry covers the loans Tom Hale approved while treasury secretary.",
                "Tom Hale jobTitle treasury secretary"});
        CASES.put("name-of-described-org", new String[] {"The plan will not pass, said Ann Bell of the conservative Carver Institute.",
                "Ann Bell worksFor Carver Institute"});
    }

    private RelationRuleSentences() {
    }
}
