package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;

/**
 * "Liverpool … the Reds", "Charlton … the Addicks", "Manchester United … United": a club called
 * by its nickname or short name ({@code models/club-nicknames.tsv}) after the article named it.
 * The nickname is an alias of the club only where exactly one of the clubs it may stand for is
 * named, so "the Blues" is nobody's where Chelsea and Everton both play.
 */
final class ClubNicknames {
    private static final String ANY = "*";
    private final Map<String, List<String>> clubs = new HashMap<>();

    ClubNicknames() {
        for (String[] row : ModelFiles.rows("club-nicknames.tsv", 2)) {
            clubs.put(Names.key(row[0]), List.of(row[1].split("\\|")));
        }
    }

    /** For this article: nickname key to {club name, type}, as the alias table gives them. */
    Map<String, String[]> aliases(List<NamedEntity> mentions) {
        Map<String, String> named = new LinkedHashMap<>();
        Map<String, String> organisations = new LinkedHashMap<>();
        for (NamedEntity m : mentions) {
            String key = Names.key(m.text());
            named.putIfAbsent(key, Names.clean(m.text()));
            if (m.type() == EntityType.ORGANIZATION && key.contains(" ")) {
                organisations.putIfAbsent(key, Names.clean(m.text()));
            }
        }
        Map<String, String[]> out = new HashMap<>();
        for (String key : named.keySet()) {
            List<String> fixed = clubs.getOrDefault(key, List.of()).stream().filter(c -> !c.startsWith(ANY)).toList();
            List<String> found = fixed.stream().filter(c -> named.containsKey(Names.key(c)) && !Names.key(c).equals(key)).toList();
            if (found.size() == 1) {
                out.put(key, new String[] {found.get(0), EntityType.ORGANIZATION.schemaName()});
                organisations.putIfAbsent(Names.key(found.get(0)), found.get(0)); // "Man Utd" names Manchester United
            }
        }
        for (String key : named.keySet()) {
            List<String> found = new ArrayList<>();
            for (String club : clubs.getOrDefault(key, List.of())) {
                if (club.startsWith(ANY)) {
                    String end = " " + Names.key(club.substring(ANY.length()));
                    organisations.forEach((k, name) -> {
                        if (k.endsWith(end) && !out.containsKey(k) && !found.contains(name)) { // "Man City" is Manchester City
                            found.add(name);
                        }
                    });
                }
            }
            if (found.size() == 1 && !out.containsKey(key)) {
                out.put(key, new String[] {found.get(0), EntityType.ORGANIZATION.schemaName()});
            }
        }
        return out;
    }
}
