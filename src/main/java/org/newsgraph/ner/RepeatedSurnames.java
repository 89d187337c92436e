package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;

/**
 * "Jean Pierre Meersseman … Meersseman is the medical co-ordinator": the tagger finds a person's
 * full name and misses the surname alone later, most often at the start of a quote's sentence.
 * A proper noun equal to the last word of a full name found earlier, outside any mention, is a
 * mention of a person (the entities stage then joins it to the full name).
 */
final class RepeatedSurnames {
    private RepeatedSurnames() {
    }

    static List<NamedEntity> add(String text, Tokens tokens, List<String> tags, List<NamedEntity> mentions) {
        if (tags == null) {
            return mentions;
        }
        Set<String> surnames = new HashSet<>();
        int firstFull = Integer.MAX_VALUE;
        for (NamedEntity m : mentions) {
            String[] words = m.text().split("\\s+");
            if (m.type() == EntityType.PERSON && words.length >= 2 && words[words.length - 1].length() >= 3
                    && Character.isUpperCase(words[words.length - 1].charAt(0))) {
                surnames.add(words[words.length - 1]);
                firstFull = Math.min(firstFull, m.span().begin());
            }
        }
        if (surnames.isEmpty()) {
            return mentions;
        }
        List<NamedEntity> out = new ArrayList<>(mentions);
        List<Token> ts = tokens.tokens();
        int next = 0;
        List<NamedEntity> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(NamedEntity::span));
        for (int i = tokens.tokenAtOrAfter(firstFull); i < ts.size(); i++) {
            Token t = ts.get(i);
            while (next < sorted.size() && sorted.get(next).span().end() <= t.span().begin()) {
                next++;
            }
            boolean inMention = next < sorted.size() && sorted.get(next).span().overlaps(t.span());
            if (!inMention && surnames.contains(t.word()) && tags.get(i).startsWith("NNP")) {
                Span span = t.span();
                out.add(new NamedEntity(span, EntityType.PERSON, span.of(text)));
            }
        }
        out.sort(Comparator.comparing(NamedEntity::span));
        return out;
    }
}
