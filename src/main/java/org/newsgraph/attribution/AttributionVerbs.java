package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.model.Token;

/**
 * Verbs that attribute a statement, finding or stance to a source, with the complements each
 * takes, from {@code models/attribution-verbs.tsv}. Regular forms are derived from the lemma;
 * irregular ones are listed in the file.
 */
final class AttributionVerbs {
    enum Takes { THAT, CLAUSE, TO, OBJECT, ADDRESSEE }

    /** A verb found in a sentence: how many tokens it spans and what it takes. */
    record Match(String lemma, int length, Set<Takes> takes) {
        /** "told reporters (that) …", "reminded voters …": the one told comes before what was said. */
        boolean takesAddressee() {
            return takes.contains(Takes.ADDRESSEE);
        }
    }

    private record Entry(String lemma, String second, Set<Takes> takes) {
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    AttributionVerbs() {
        this("attribution-verbs.tsv");
    }

    AttributionVerbs(String file) {
        Set<String> lemmas = new HashSet<>();
        for (String line : ModelFiles.lines(file)) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IllegalArgumentException(file + ": expected 'lemma<TAB>takes[<TAB>forms]' but got: " + line);
            }
            String[] words = f[0].strip().toLowerCase(Locale.ROOT).split(" ", 2);
            Set<Takes> takes = EnumSet.noneOf(Takes.class);
            for (String t : f[1].split(",")) {
                takes.add(Takes.valueOf(t.strip().toUpperCase(Locale.ROOT)));
            }
            List<String> forms = f.length > 2 ? List.of(f[2].strip().toLowerCase(Locale.ROOT).split(",")) : regularForms(words[0]);
            if (!lemmas.add(f[0].strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(file + ": '" + f[0].strip() + "' is listed twice; give it one line with all it takes");
            }
            Entry entry = new Entry(f[0].strip(), words.length > 1 ? words[1] : null, takes);
            for (String form : forms) {
                byFirstWord.computeIfAbsent(form.strip(), k -> new ArrayList<>()).add(entry);
            }
        }
    }

    /** The attribution verb starting at token {@code k}, preferring a two-word verb ("called for"), or null. */
    Match at(List<Token> t, int k) {
        List<Entry> entries = byFirstWord.get(t.get(k).word().toLowerCase(Locale.ROOT));
        if (entries == null) {
            return null;
        }
        String next = k + 1 < t.size() ? t.get(k + 1).word().toLowerCase(Locale.ROOT) : null;
        // "spoke emotionally of": a manner adverb may come between the verb and its particle
        String afterAdverb = next != null && next.endsWith("ly") && k + 2 < t.size() ? t.get(k + 2).word().toLowerCase(Locale.ROOT) : null;
        Match single = null;
        for (Entry e : entries) {
            if (e.second() == null) {
                single = new Match(e.lemma(), 1, e.takes());
            } else if (e.second().equals(next)) {
                return new Match(e.lemma(), 2, e.takes());
            } else if (e.second().equals(afterAdverb)) {
                return new Match(e.lemma(), 3, e.takes());
            }
        }
        return single;
    }

    /** Whether the word is a form of a listed verb (or the first word of a listed phrase). */
    boolean isForm(String word) {
        return byFirstWord.containsKey(word.toLowerCase(Locale.ROOT));
    }

    boolean takesThat(String word) {
        List<Entry> entries = byFirstWord.get(word.toLowerCase(Locale.ROOT));
        return entries != null && entries.stream().anyMatch(e -> e.second() == null && e.takes().contains(Takes.THAT));
    }

    /** lemma, third person -s, past -ed, gerund -ing, by the regular spelling rules. */
    static List<String> regularForms(String lemma) {
        boolean consonantY = lemma.endsWith("y") && lemma.length() > 1 && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0;
        String stem = consonantY ? lemma.substring(0, lemma.length() - 1) : lemma;
        String s = consonantY ? stem + "ies" : lemma.matches(".*(s|sh|ch|x|z|o)$") ? lemma + "es" : lemma + "s";
        String ed = consonantY ? stem + "ied" : lemma.endsWith("e") ? lemma + "d" : lemma + "ed";
        String ing = lemma.endsWith("ie") ? lemma.substring(0, lemma.length() - 2) + "ying"
                : lemma.endsWith("e") && !lemma.endsWith("ee") ? lemma.substring(0, lemma.length() - 1) + "ing" : lemma + "ing";
        return List.of(lemma, s, ed, ing);
    }
}
