package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;

/**
 * Names that a word next to them types, where the statistical tagger misses or mistypes them.
 * ("Houston-based" as a place was tried and dropped: the relation stage reads "UK-based bank X"
 * as a whole.)
 * <ul>
 * <li>"rock band U2", "opera band Il Divo", "video card shop Crucial": capitalised words after a noun of
 * {@code models/group-nouns.txt} are an organisation ("group Club for Growth"), and so is every
 * other occurrence of them in the article ("U2's latest album"), unless the tagger found a
 * name starting with a known first name there, or the noun follows "a" ("a group Barack Obama
 * won": a relative clause).</li>
 * </ul>
 */
final class CueMentions {
    private static final Set<String> CONNECTORS = Set.of("for", "of", "on", "&");
    private final WordList groupNouns = new WordList("group-nouns.txt");
    private final WordList honorifics = new WordList("name-honorifics.txt");
    private final KbpGazetteers kbp;

    CueMentions(KbpGazetteers kbp) {
        this.kbp = kbp;
    }

    /** {@code mentions} sorted by span; returns them with cue names added, sorted. */
    List<NamedEntity> apply(String text, Tokens tokens, List<NamedEntity> mentions) {
        List<NamedEntity> out = new ArrayList<>(mentions);
        List<Token> ts = tokens.tokens();
        List<String> groups = new ArrayList<>();
        for (int i = 0; i + 1 < ts.size(); i++) {
            String w = ts.get(i).word();
            if (groupNouns.contains(w) && Character.isLowerCase(w.charAt(0))) {
                int j = i + 1;
                while (j < ts.size() && sameSentence(tokens, i, j) && !CalendarWords.contains(ts.get(j).word()) && (startsName(ts.get(j).word())
                        || j > i + 1 && CONNECTORS.contains(ts.get(j).word()) && j + 1 < ts.size() && startsName(ts.get(j + 1).word())
                        && !CalendarWords.contains(ts.get(j + 1).word()))) {
                    j++; // "group Club for Growth", "firm Marsh & McLennan", not "giant Nabisco on Wednesday"
                }
                Span run = j > i + 1 && opensName(ts.get(i + 1).word()) && !(j == i + 2 && ts.get(i + 1).word().length() == 1)
                        ? new Span(ts.get(i + 1).span().begin(), ts.get(j - 1).span().end()) : null;
                boolean relative = i > 0 && (ts.get(i - 1).word().equalsIgnoreCase("a") || ts.get(i - 1).word().equalsIgnoreCase("an"));
                if (run != null && !relative && out.stream().noneMatch(m -> m.span().overlaps(run) && isFullName(m))) {
                    groups.add(run.of(text)); // not "a group Barack Obama won"
                }
            }
        }
        for (String name : groups) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                Span span = new Span(at, at + name.length());
                boolean crossed = out.stream().anyMatch(m -> m.span().overlaps(span) && (!span.contains(m.span()) || isFullName(m)));
                if (NerStage.alignsWithTokens(tokens, span) && !crossed) {
                    out.removeIf(m -> span.contains(m.span()));
                    out.add(new NamedEntity(span, EntityType.ORGANIZATION, name));
                }
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** "Barack Obama", not "Il Divo": a mention of several words starting with a known first name. */
    private boolean isFullName(NamedEntity m) {
        return m.text().contains(" ") && kbp != null && kbp.isFirstName(m.text().substring(0, m.text().indexOf(' ')));
    }

    /** Not "group 5", nor "the BBC News website Mr Molyneux said" (a comma left out: a person follows); one letter alone is
     * no name either ("company N/A"). */
    private boolean opensName(String word) {
        return Character.isUpperCase(word.charAt(0)) && !honorifics.contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
    }

    private static boolean startsName(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)) && word.length() <= 2)
                && word.chars().allMatch(Character::isLetterOrDigit);
    }

    private static boolean sameSentence(Tokens tokens, int i, int j) {
        return tokens.sentenceIndexAt(tokens.tokens().get(i).span().begin()) == tokens.sentenceIndexAt(tokens.tokens().get(j).span().begin());
    }
}
