package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;

/** Which person a surname alone stands for when several people of the article bear it. */
final class SharedSurnames {
    // Closed class: the honorifics that say a person's sex ("Mrs. Clinton", "Mr Jackson", "Sir Elton").
    private static final Pattern HONORIFIC = Pattern.compile("(?:^|[^\\p{L}])(Mr|Sir|Lord|Mrs|Ms|Miss|Mme|Mlle|Lady|Dame)\\.?\\s+$");
    private final KbpGazetteers kbp;

    /** {@code kbp}: CoreNLP's given names with their sex, or null (no honorific is then read). */
    SharedSurnames(KbpGazetteers kbp) {
        this.kbp = kbp;
    }

    /** "MALE" after "Mr", "FEMALE" after "Mrs", "Ms" …, else null; {@code text} may be null. */
    String honorificGender(String text, NamedEntity m) {
        if (text == null || kbp == null || m.type() != EntityType.PERSON) {
            return null;
        }
        Matcher h = HONORIFIC.matcher(text.substring(Math.max(0, m.span().begin() - 8), m.span().begin()));
        if (!h.find()) {
            return null;
        }
        return switch (h.group(1)) {
            case "Mr", "Sir", "Lord" -> "MALE";
            default -> "FEMALE";
        };
    }

    /**
     * "Clinton" beside "Hillary Clinton" and "Bill Clinton", "Jackson" beside "Michael Jackson" and
     * "Katherine Jackson": a surname several people of the article share is the one named in full
     * first, whom the article is about (every such surname of the seeds' annotations is). A full
     * name the tagger made of a common word ("Top Clinton" of a headline: "top" is written in lower
     * case elsewhere, and is no given name) gives way; after "Mrs." or "Mr." only a person of that
     * sex, where the given name tells. {@code gender}, {@code text}: may be null.
     */
    Cluster firstNamed(List<Cluster> people, String key, String gender, String text) {
        List<NamedEntity> fullNames = new ArrayList<>();
        List<Cluster> owners = new ArrayList<>();
        for (Cluster c : people) {
            for (NamedEntity n : c.mentions) {
                if (n.type() == EntityType.PERSON && Names.key(n.text()).endsWith(" " + key)) {
                    fullNames.add(n);
                    owners.add(c);
                }
            }
        }
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < fullNames.size(); i++) {
            chosen.add(i);
        }
        chosen = narrow(chosen, i -> !isCommonWord(givenName(fullNames.get(i)), text));
        if (gender != null) {
            chosen = narrow(chosen, i -> {
                String sex = kbp.genderOf(givenName(fullNames.get(i)));
                return sex == null || sex.equals(gender); // "Jeb" is on no list: he stays a "Mr. Bush"
            });
        }
        Cluster first = null;
        NamedEntity firstName = null;
        for (int i : chosen) {
            if (firstName == null || fullNames.get(i).span().compareTo(firstName.span()) < 0) {
                firstName = fullNames.get(i);
                first = owners.get(i);
            }
        }
        return first;
    }

    private static List<Integer> narrow(List<Integer> chosen, java.util.function.IntPredicate keep) {
        List<Integer> kept = chosen.stream().filter(keep::test).toList();
        return kept.isEmpty() ? chosen : kept;
    }

    /** Not a given name of CoreNLP's list, and written in lower case in the article ("top"; not "Jeb"). */
    private boolean isCommonWord(String word, String text) {
        if (text == null || kbp == null || kbp.isFirstName(word)) {
            return false;
        }
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])").matcher(text).find();
    }

    private static String givenName(NamedEntity n) {
        return Names.key(n.text()).split(" ")[0];
    }
}
