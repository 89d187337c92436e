package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Sentence;
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
 * won": a relative clause) or "and" ("cable and network TV"). A mention of the tagger's that swallowed the
 * noun ("US TV network Fox News") gives way to the name. The noun may open the sentence ("Jeweller Zale said").</li>
 * </ul>
 */
final class CueMentions {
    private static final Set<String> CONNECTORS = Set.of("for", "of", "on", "&");
    /** "a group Barack Obama won" (a relative clause), "on cable and network TV" (the noun a modifier in a pair). */
    private static final Set<String> NOT_A_CUE_AFTER = Set.of("a", "an", "and", "or");
    private final WordList groupNouns = new WordList("group-nouns.txt");
    private final WordList honorifics = new WordList("name-honorifics.txt");
    private final KbpGazetteers kbp;
    private final WordList organizationHeads;

    CueMentions(KbpGazetteers kbp, WordList organizationHeads) {
        this.kbp = kbp;
        this.organizationHeads = organizationHeads;
    }

    /** {@code mentions} sorted by span; returns them with cue names added, sorted. */
    List<NamedEntity> apply(String text, Tokens tokens, List<NamedEntity> mentions) {
        List<NamedEntity> out = new ArrayList<>(mentions);
        List<Token> ts = tokens.tokens();
        List<String> groups = new ArrayList<>();
        for (int i = 0; i + 1 < ts.size(); i++) {
            String w = ts.get(i).word();
            if (groupNouns.contains(w) && Character.isLowerCase(w.charAt(0)) || opensSentence(text, tokens, i)) {
                int j = i + 1;
                while (j < ts.size() && sameSentence(tokens, i, j) && !CalendarWords.contains(ts.get(j).word()) && (startsName(ts.get(j).word())
                        || j > i + 1 && CONNECTORS.contains(ts.get(j).word()) && j + 1 < ts.size() && startsName(ts.get(j + 1).word())
                        && !CalendarWords.contains(ts.get(j + 1).word()))) {
                    j++; // "group Club for Growth", "firm Marsh & McLennan", not "giant Nabisco on Wednesday"
                }
                Span run = j > i + 1 && opensName(ts.get(i + 1).word()) && !(j == i + 2 && ts.get(i + 1).word().length() == 1)
                        ? new Span(ts.get(i + 1).span().begin(), ts.get(j - 1).span().end()) : null;
                boolean relative = i > 0 && NOT_A_CUE_AFTER.contains(ts.get(i - 1).word().toLowerCase(Locale.ROOT));
                if (run != null && !relative && out.stream().noneMatch(m -> m.span().overlaps(run) && isFullName(m))) {
                    groups.add(run.of(text)); // not "a group Barack Obama won"
                    Span noun = ts.get(i).span();
                    out.removeIf(m -> m.span().contains(noun) && m.span().overlaps(run)); // "US TV network Fox News": the noun is no part of the name
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

    /**
     * "Jeweller Zale also felt …": a kind of business capitalised as a sentence's first word is the
     * same cue, unless an organisation's head word ("Bank Leumi") or written with the next word
     * inside a sentence too ("the Band Aid single": a name), or in a Title Case line.
     */
    private boolean opensSentence(String text, Tokens tokens, int i) {
        String w = tokens.tokens().get(i).word();
        String lower = w.toLowerCase(Locale.ROOT);
        Sentence sentence = tokens.sentences().get(tokens.sentenceIndexAt(tokens.tokens().get(i).span().begin()));
        if (w.equals(lower) || !groupNouns.contains(lower) || organizationHeads.contains(w) || sentence.firstToken() != i) {
            return false;
        }
        int next = i + 1;
        int end = next;
        while (end < sentence.endToken() && startsName(tokens.tokens().get(end).word())) {
            end++;
        }
        // a lower-case word after the name: prose, not a Title Case headline ("Store Closures Hit Malls")
        return end > next && end < sentence.endToken() && Character.isLowerCase(tokens.tokens().get(end).word().charAt(0))
                && !writtenInsideASentence(text, tokens, w + " " + tokens.tokens().get(next).word());
    }

    /** "… the Band Aid 20 single": the capitalised noun and name stand together inside a sentence too, so they are one name. */
    private static boolean writtenInsideASentence(String text, Tokens tokens, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int t = tokens.tokenAtOrAfter(at);
            if (t < tokens.tokens().size() && tokens.sentences().get(tokens.sentenceIndexAt(at)).firstToken() != t) {
                return true;
            }
        }
        return false;
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
