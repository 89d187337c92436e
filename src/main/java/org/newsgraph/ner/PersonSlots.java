package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Tokens;

/**
 * A one-word name the tagger typed an organisation or a place, in a slot only a person fills:
 * after a capitalised title ("President Obama’s first chief of staff", title words of
 * {@code models/title-words.txt}) or between "the" and a noun of a person's time in office
 * ("the Obama administration", "the Obama years": {@code person-era} of
 * {@code models/mention-shapes.tsv}). CoNLL-2003 tags both PER. Not a country or a state ("the
 * Iowa campaign"), not a religion or an ideology of the KBP lists ("the Republican campaign").
 */
final class PersonSlots {
    private final KbpGazetteers kbp;
    private final WordList titleWords;
    private final Pattern eraNoun;

    /** {@code shapes}: the parts of {@code models/mention-shapes.tsv}. */
    PersonSlots(KbpGazetteers kbp, WordList titleWords, Map<String, Pattern> shapes) {
        this.kbp = kbp;
        this.titleWords = titleWords;
        this.eraNoun = shapes.get("person-era");
    }

    List<NamedEntity> apply(Tokens tokens, List<NamedEntity> mentions) {
        if (kbp == null) {
            return mentions;
        }
        List<NamedEntity> out = new ArrayList<>(mentions.size());
        for (NamedEntity m : mentions) {
            out.add(m.type() != EntityType.PERSON && isPersonSlot(tokens, m) ? new NamedEntity(m.span(), EntityType.PERSON, m.text()) : m);
        }
        return out;
    }

    private boolean isPersonSlot(Tokens tokens, NamedEntity m) {
        String name = m.text();
        if (name.contains(" ") || !Character.isUpperCase(name.charAt(0)) || name.chars().allMatch(Character::isUpperCase)
                || kbp.isCountry(name) || kbp.isStateOrProvince(name) || kbp.isReligion(name) || kbp.isIdeology(name)
                || kbp.isNationality(name)) {
            return false;
        }
        int first = tokens.tokenAtOrAfter(m.span().begin());
        if (first >= tokens.tokens().size() || tokens.tokens().get(first).span().end() != m.span().end()) {
            return false;
        }
        String before = first > 0 ? tokens.tokens().get(first - 1).word() : "";
        String after = first + 1 < tokens.tokens().size() ? tokens.tokens().get(first + 1).word() : "";
        if (!before.isEmpty() && Character.isUpperCase(before.charAt(0)) && titleWords.contains(before)) {
            return true; // "President Obama’s"
        }
        return before.equalsIgnoreCase("the") && eraNoun.matcher(after).matches();
    }
}
