package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.lexicon.PhraseMatcher;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Tokens;

/**
 * Newspapers and broadcasters ({@code models/news-outlets.txt}) the tagger misses or mistypes:
 * "told the Guardian", "BBC Radio 4", "The Observer". A match is an organisation, replacing the
 * mentions inside it ("BBC Radio"), unless a mention crosses its edge. A one-word title counts
 * only after "the", unless a capital inside says it is no common word ("RealClearPolitics").
 */
final class NewsOutlets {
    private final PhraseMatcher matcher = new PhraseMatcher(ModelFiles.lines("news-outlets.txt"), true);

    /** {@code mentions} sorted by span; returns them with the outlets added or retyped, sorted. */
    List<NamedEntity> apply(String text, Tokens tokens, List<NamedEntity> mentions) {
        List<NamedEntity> out = new ArrayList<>(mentions);
        for (Sentence s : tokens.sentences()) {
            for (Span span : matcher.find(text, s.span().begin(), s.span().end())) {
                String name = span.of(text);
                if (!name.contains(" ") && !afterThe(text, span.begin()) && !hasInnerCapital(name) || !NerStage.alignsWithTokens(tokens, span)) {
                    continue;
                }
                // a mention inside the name ("BBC Radio" of "BBC Radio 4") gives way; one crossing its edge wins
                boolean crossed = out.stream().anyMatch(m -> m.span().overlaps(span) && !span.contains(m.span()));
                if (!crossed) {
                    out.removeIf(m -> span.contains(m.span()));
                    out.add(new NamedEntity(span, EntityType.ORGANIZATION, name));
                }
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** "RealClearPolitics": a capital after a lower-case letter, which no common word has. */
    private static boolean hasInnerCapital(String name) {
        for (int i = 1; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(name.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterThe(String text, int begin) {
        int i = begin - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 2 && text.regionMatches(true, i - 2, "the", 0, 3) && (i < 3 || !Character.isLetter(text.charAt(i - 3)));
    }
}
