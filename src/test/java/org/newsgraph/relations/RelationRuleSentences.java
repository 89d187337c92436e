package org.newsgraph.relations;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A test sentence for every rule of models/relation-patterns.tsv: rule name → {sentence, a triple it must
 * give, ...}, each written by hand, not from output. {@link RelationRulesTest} runs each rule alone on its own.
 */
final class RelationRuleSentences {
    static final Map<String, String[]> CASES = new LinkedHashMap<>();

    static {
        CASES.put("org-title-name", new String[] {"Microsoft chief executive Steve Ballmer spoke on Monday.",
                "Steve Ballmer jobTitle chief executive", "Steve Ballmer worksFor Microsoft"});
        CASES.put("nation-title-name", new String[] {"Britain will be represented by British hurdler Sarah Claxton.",
                "Sarah Claxton jobTitle hurdler", "Sarah Claxton nationality United Kingdom"});
        CASES.put("title-name", new String[] {"The show was made by producer Jon Thoday.", "Jon Thoday jobTitle producer"});
        CASES.put("title-and-title-name", new String[] {"The prize went to filmmaker and best-selling author Ann Bell on Friday.",
                "Ann Bell jobTitle filmmaker"});
        CASES.put("title-comma-name", new String[] {"Nobody expected the winger, Arjen Robben, to play. They attacked the likely Democratic nominee, Ann Bell.",
                "Arjen Robben jobTitle winger", "Ann Bell jobTitle nominee"});
        CASES.put("as-title-comma-name", new String[] {"As a New York senator, Ann Bell voted for the law. As the Microsoft chief executive, Tom Hale spoke.",
                "Ann Bell jobTitle senator", "Tom Hale jobTitle chief executive", "Tom Hale worksFor Microsoft"});
        CASES.put("nation-name", new String[] {"The United States team will face fellow American Justin Gatlin.",
                "Justin Gatlin nationality United States"});
        CASES.put("country-possessive-name", new String[] {"Sweden's Carolina Kluft won the heptathlon.", "Carolina Kluft nationality Sweden"});
        CASES.put("country-possessive-title-name", new String[] {"Australia's Prime Minister John Howard agreed.",
                "John Howard jobTitle Prime Minister", "John Howard nationality Australia"});
        CASES.put("org-possessive-name", new String[] {"The BBC's Nick Robinson asked the question.", "Nick Robinson worksFor BBC"});
        CASES.put("title-at-org-name", new String[] {"Senior analyst at Goldman Sachs, Jim O'Neill, disagreed.",
                "Jim O'Neill jobTitle Senior analyst", "Jim O'Neill worksFor Goldman Sachs"});
        CASES.put("possessive-title-comma-name", new String[] {"Dan Reed lost the race. His campaign manager, Lisa Moore, blamed the weather."
                + " The state thanked its governor, Tom Hale, on Friday.", "Lisa Moore jobTitle campaign manager", "Tom Hale jobTitle governor"});
        CASES.put("person-possessive-title-comma-name", new String[] {"Dan Reed's chief of staff, Lisa Moore, resigned on Friday.",
                "Lisa Moore jobTitle chief of staff"});
        CASES.put("plural-title-names", new String[] {"The bill was backed by Reps. Ann Bell and Tom Hale on Friday.", "Tom Hale jobTitle Rep."});
        CASES.put("plural-title-three-names", new String[] {"The plan was opposed by Sens. Ann Bell, Joe Marsh and Tom Hale.",
                "Joe Marsh jobTitle Sen.", "Tom Hale jobTitle Sen."});
        CASES.put("org-title-comma-name", new String[] {"Sales fell sharply, the Microsoft chief executive, Satya Nadella, said on Monday.",
                "Satya Nadella jobTitle chief executive", "Satya Nadella worksFor Microsoft"});
        CASES.put("description-title-comma-name", new String[] {"The Teamsters backed the bill. The union's president, Jim Hoffa, spoke in Detroit.",
                "Jim Hoffa jobTitle president", "Jim Hoffa worksFor Teamsters"});
        CASES.put("name-title-of-org", new String[] {"Terry Leahy, chief executive of Tesco, said sales rose.",
                "Terry Leahy jobTitle chief executive", "Terry Leahy worksFor Tesco"});
        CASES.put("name-modified-title-of-org", new String[] {"Ann Cole, sales and marketing director of Tesco, spoke.",
                "Ann Cole jobTitle director", "Ann Cole worksFor Tesco"});
        CASES.put("name-title-of-org-unit", new String[] {"Jane Roe, deputy head of the University of Leeds's Institute for Transport Studies, spoke.",
                "Jane Roe jobTitle deputy head", "Jane Roe worksFor Institute for Transport Studies"});
        CASES.put("name-title-of-unit-at-org", new String[] {"Mark Lee, head of the economics and policy group at the Bank of England, spoke.",
                "Mark Lee jobTitle head", "Mark Lee worksFor Bank of England"});
        CASES.put("name-org-title", new String[] {"Jean Todt, Ferrari's team principal, was pleased.",
                "Jean Todt jobTitle team principal", "Jean Todt worksFor Ferrari"});
        CASES.put("name-nation-title", new String[] {"Namibia celebrated Frankie Fredericks, a Namibian athlete, on Sunday.",
                "Frankie Fredericks jobTitle athlete", "Frankie Fredericks nationality Namibia"});
        CASES.put("name-place-title", new String[] {"Kerr Putney, Charlotte police chief, spoke.", "Kerr Putney jobTitle police chief"});
        CASES.put("name-title", new String[] {"The cast includes Barbara Windsor, the actress, again.", "Barbara Windsor jobTitle actress"});
        CASES.put("name-description-title", new String[] {"Oxfam welcomed the plan. Ann Smith, the charity's director, was pleased.",
                "Ann Smith jobTitle director", "Ann Smith worksFor Oxfam"});
        CASES.put("name-title-list", new String[] {"Ann Bell, the former governor of Ohio and former mayor of Dayton, spoke. "
                + "Tom Hale, a lawyer, US senator, and author, replied.", "Ann Bell jobTitle mayor", "Tom Hale jobTitle senator", "Tom Hale jobTitle author"});
        CASES.put("name-member-of", new String[] {"He praised Frankie Fredericks, now a member of the International Olympic Committee, on Monday.",
                "Frankie Fredericks memberOf International Olympic Committee"});
        CASES.put("name-of-org", new String[] {"The cuts were criticised by Robert Chote of the Institute for Fiscal Studies.",
                "Robert Chote worksFor Institute for Fiscal Studies"});
        CASES.put("name-of-country", new String[] {"The race was won by Francis Obikwelu of Portugal.", "Francis Obikwelu nationality Portugal"});
        CASES.put("copula-title-org", new String[] {"Carlo Ancelotti is the coach at Italian side AC Milan.",
                "Carlo Ancelotti jobTitle coach", "Carlo Ancelotti worksFor AC Milan"});
        CASES.put("copula-title", new String[] {"Gordon Brown was the chancellor.", "Gordon Brown jobTitle chancellor"});
        CASES.put("possessive-job", new String[] {"Viktor Ivanov arrived. Ivanov’s official job is head of the anti-drug agency.",
                "Viktor Ivanov jobTitle head"});
        CASES.put("description-says", new String[] {"Michael Howard spoke in Kent. Mr Howard met Tony Blair. The Tory leader said taxes were too high.",
                "Michael Howard jobTitle leader", "Michael Howard memberOf Conservative Party"});
        CASES.put("description-lead", new String[] {"Alistair Darling set out the budget on Wednesday. The chancellor has promised lower taxes.",
                "Alistair Darling jobTitle chancellor"});
        CASES.put("description-speaker", new String[] {"Ann Bell spoke in Ohio on Monday. \"We will win,\" the presidential nominee said.",
                "Ann Bell jobTitle presidential nominee"});
        CASES.put("owner-title-speaker", new String[] {"Ann Bell spoke in Ohio on Monday. \"It went well,\" Obama's former campaign strategist said.",
                "Ann Bell jobTitle campaign strategist"});
        CASES.put("description-titles-speaker", new String[] {"Ann Bell spoke in Ohio on Monday. \"We will win,\" the former secretary of state "
                + "and current presidential nominee said.", "Ann Bell jobTitle secretary of state", "Ann Bell jobTitle presidential nominee"});
        CASES.put("name-founder-of-org", new String[] {"Jack Dorsey, co-founder of Twitter, spoke on Monday.", "Twitter founder Jack Dorsey"});
        CASES.put("nation-description-org", new String[] {"Shares in US drugs firm Pfizer rose on Friday.", "Pfizer location United States"});
        CASES.put("name-party-tag", new String[] {"The GOP lost the vote. Sen. Mary Lyle (R-Ohio) voted against it, as did Sen. Tom Hale, R-Utah.", "Mary Lyle memberOf GOP",
                "Tom Hale memberOf GOP"});
        CASES.put("party-title-name", new String[] {"The GOP met in Ohio, where Republican presidential candidate John Stone spoke.",
                "John Stone memberOf GOP"});
        CASES.put("party-name", new String[] {"The Democratic Party chose a new chair after Democrat Mary Lyle resigned.", "Mary Lyle memberOf Democratic Party"});
        CASES.put("founder-set-up", new String[] {"Richard Branson set up Virgin Records in 1972.", "Virgin Records founder Richard Branson"});
        CASES.put("founder-founded", new String[] {"Bill Gates founded Microsoft in 1975.", "Microsoft founder Bill Gates"});
        CASES.put("founded-by", new String[] {"Microsoft, founded by Bill Gates, grew fast.", "Microsoft founder Bill Gates"});
        CASES.put("country-possessive-org", new String[] {"Prices rose at Germany's Lufthansa.", "Lufthansa location Germany"});
        CASES.put("based-org", new String[] {"Trade in France slowed, said the France-based carmaker Renault.", "Renault location France"});
        CASES.put("org-based-in", new String[] {"Shares in Barclays, which is based in London, rose.", "Barclays location London"});
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
