package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Tokens;

/**
 * Types the statistical tagger gets wrong in shapes that say the type themselves:
 * <ul>
 * <li>"Sweden's Carolina Kluft": after a country's possessive, a name starting with a given name
 * and holding no organisation head word is a person.</li>
 * <li>"Athletics Ireland", "Bupa Great Ireland": a name ending in a country that is not itself
 * a known place, and does not start like a region ("Northern Ireland"), is an organisation.</li>
 * <li>"in Santry": a one-word person only ever seen after "in" is a place, unless a longer
 * person's name holds the word.</li>
 * <li>"the Tate": a one-word person after "the" is an organisation, unless a person of the article
 * bears it as a surname ("the Cruz campaign" beside "Ted Cruz").</li>
 * <li>"Chelsea's Damien Duff": a one-word person owning a person is an organisation (or a place).</li>
 * <li>"the Halifax has said": a one-word place after "the" and before a verb is an organisation.</li>
 * <li>"Chelsea manager", "Liverpool fans": a town (or a name read as a person) before a word of
 * a sports team is a club, an organisation; so is a town or county where a side of a match
 * stands ("Leicestershire beat Somerset", {@link MatchSides}).</li>
 * <li>"Ref: S Bennett (Kent)", "M Riley (W Yorkshire)", "Henman (Britain)": a county, state or
 * country in brackets after a person is where the person is from, a place (the tagger, trained
 * on cricket scores, reads counties as clubs; a town there may be a club, "James (Manchester City)").</li>
 * </ul>
 */
final class MentionTypes {
    private final Demonyms demonyms;
    private final KbpGazetteers kbp;
    private final WordList organizationHeads;
    private final WordList placePrefixes = new WordList("place-prefixes.txt");
    private final WordList teamNouns = new WordList("team-nouns.txt");
    private final MatchSides matchSides;

    MentionTypes(Demonyms demonyms, WordList organizationHeads, Map<String, Pattern> shapes) {
        this.matchSides = new MatchSides(shapes);
        this.demonyms = demonyms;
        this.kbp = demonyms.kbp();
        this.organizationHeads = organizationHeads;
    }

    /** {@code tags}: the part-of-speech tags of the tokens, or null. */
    List<NamedEntity> retype(String text, Tokens tokens, List<String> tags, List<NamedEntity> mentions) {
        if (kbp == null) {
            return mentions;
        }
        Map<String, EntityType> oneWord = new HashMap<>();
        List<EntityType> types = new ArrayList<>();
        for (NamedEntity m : mentions) {
            EntityType t = typeOf(text, tokens, tags, m, mentions);
            types.add(t);
            if ((t != m.type() || isClub(tokens, m, mentions)) && !m.text().contains(" ")) {
                oneWord.put(m.text(), t); // "Chelsea's Damien Duff" retypes every "Chelsea"
            }
        }
        List<NamedEntity> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            NamedEntity m = mentions.get(i);
            EntityType t = oneWord.getOrDefault(m.text(), types.get(i));
            out.add(t == m.type() ? m : new NamedEntity(m.span(), t, m.text()));
        }
        return out;
    }

    private EntityType typeOf(String text, Tokens tokens, List<String> tags, NamedEntity m, List<NamedEntity> all) {
        String[] words = m.text().split("\\s+");
        int first = tokens.tokenAtOrAfter(m.span().begin());
        int last = first;
        while (last + 1 < tokens.tokens().size() && tokens.tokens().get(last + 1).span().end() <= m.span().end()) {
            last++;
        }
        String before = first > 0 ? tokens.tokens().get(first - 1).word() : "";
        String twoBefore = first > 1 ? tokens.tokens().get(first - 2).word() : "";
        String after = last + 1 < tokens.tokens().size() ? tokens.tokens().get(last + 1).word() : "";
        if (m.type() == EntityType.PERSON && words.length == 1 && isPossessive(after) && startsPerson(tokens, last + 2, all)) {
            return kbp.isCountry(m.text()) || kbp.isStateOrProvince(m.text()) ? EntityType.PLACE : EntityType.ORGANIZATION;
        }
        if (m.type() == EntityType.PLACE && words.length == 1 && before.equalsIgnoreCase("the") && tags != null && last + 1 < tags.size()
                && (tags.get(last + 1).startsWith("VB") || tags.get(last + 1).equals("MD")) && !kbp.isCountry(m.text())) {
            return EntityType.ORGANIZATION; // "the Halifax has said": a place takes no article and says nothing
        }
        if (m.type() != EntityType.PERSON && words.length >= 2 && words.length <= 3 && isPossessive(before)
                && demonyms.isCountry(twoBefore) && kbp.isFirstName(words[0]) && !hasHead(words)) {
            return EntityType.PERSON;
        }
        if (m.type() == EntityType.PLACE && words.length >= 2 && demonyms.isCountry(words[words.length - 1])
                && !kbp.isPlace(m.text()) && !demonyms.isCountry(m.text()) && !placePrefixes.contains(words[0])) {
            return EntityType.ORGANIZATION;
        }
        if (m.type() != EntityType.PLACE && before.equals("(") && after.equals(")") && endsPerson(tokens, first - 2, all) && isRegion(words)) {
            return EntityType.PLACE;
        }
        if (isClub(tokens, m, all) || isMatchSide(text, m, all) && !modifiesNoun(tags, last)) {
            return EntityType.ORGANIZATION; // "Chelsea manager Jose Mourinho", "Liverpool fans", "beat Somerset"
        }
        if (m.type() == EntityType.PERSON && words.length == 1) {
            if (before.equalsIgnoreCase("the") && !isSurname(m.text(), all)) {
                return EntityType.ORGANIZATION; // not "the Cruz campaign" beside "Ted Cruz"
            }
            if (onlyAfterIn(text, tokens, m, all)) {
                return EntityType.PLACE;
            }
        }
        return m.type();
    }

    /**
     * A town's one-word name (KBP city list), not a country, a state or a person's surname in the
     * article, before a word of a sports team ("Chelsea manager", not "Clinton supporters").
     */
    private boolean isClub(Tokens tokens, NamedEntity m, List<NamedEntity> all) {
        if (m.type() == EntityType.ORGANIZATION ? m.text().contains(" ") : !kbp.isCity(m.text())) {
            return false; // "Trump supporters": only a town's name can be a club's
        }
        if (demonyms.isCountry(m.text()) || kbp.isCountry(m.text()) || kbp.isCountry(m.text().replace(".", ""))
                || kbp.isStateOrProvince(m.text()) || isSurname(m.text(), all)) {
            return false; // "Clinton supporters" beside "Hillary Clinton"
        }
        int next = tokens.tokenAtOrAfter(m.span().end());
        String after = next < tokens.tokens().size() ? tokens.tokens().get(next).word() : "";
        return !after.isEmpty() && Character.isLowerCase(after.charAt(0)) && teamNouns.contains(after);
    }

    /** A town or county typed a place (not a country: national sides stay places) where a side of a match stands. */
    private boolean isMatchSide(String text, NamedEntity m, List<NamedEntity> all) {
        return m.type() == EntityType.PLACE && (kbp.isCity(m.text()) || kbp.isStateOrProvince(m.text()))
                && !demonyms.isCountry(m.text()) && !kbp.isCountry(m.text()) && !isSurname(m.text(), all) && matchSides.holds(text, m.span());
    }

    /** "beat the New York businessman", "hammered the Vermont senator": the name modifies the noun after it, a person. */
    private static boolean modifiesNoun(List<String> tags, int last) {
        return tags != null && last + 1 < tags.size() && tags.get(last + 1).startsWith("NN");
    }

    private static boolean isSurname(String word, List<NamedEntity> all) {
        return all.stream().anyMatch(o -> o.type() == EntityType.PERSON && o.text().endsWith(" " + word));
    }

    /** A county, state or country, perhaps after a compass word ("W Yorkshire", "Northern Ireland"). */
    private boolean isRegion(String[] words) {
        for (int i = 0; i < words.length - 1; i++) {
            if (!placePrefixes.contains(words[i])) {
                return false;
            }
        }
        String last = words[words.length - 1];
        return kbp.isStateOrProvince(last) || demonyms.isCountry(last) || kbp.isCountry(last);
    }

    private static boolean endsPerson(Tokens tokens, int i, List<NamedEntity> all) {
        if (i < 0) {
            return false;
        }
        int end = tokens.tokens().get(i).span().end();
        return all.stream().anyMatch(o -> o.type() == EntityType.PERSON && o.span().end() == end);
    }

    private static boolean startsPerson(Tokens tokens, int i, List<NamedEntity> all) {
        if (i >= tokens.tokens().size()) {
            return false;
        }
        int begin = tokens.tokens().get(i).span().begin();
        return all.stream().anyMatch(o -> o.type() == EntityType.PERSON && o.span().begin() == begin);
    }

    private boolean hasHead(String[] words) {
        for (String w : words) {
            if (organizationHeads.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s");
    }

    /** Every mention with this text follows "in", and no longer person's name holds it. */
    private static boolean onlyAfterIn(String text, Tokens tokens, NamedEntity m, List<NamedEntity> all) {
        for (NamedEntity o : all) {
            if (o.type() == EntityType.PERSON && o.text().contains(" ") && List.of(o.text().split("\\s+")).contains(m.text())) {
                return false;
            }
            if (o.text().equals(m.text())) {
                int i = tokens.tokenAtOrAfter(o.span().begin());
                if (i == 0 || !tokens.tokens().get(i - 1).word().equals("in")) {
                    return false;
                }
            }
        }
        return true;
    }
}
