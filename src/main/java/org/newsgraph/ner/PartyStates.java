package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Span;

/**
 * "Sen. Ted Cruz (R-Texas)", "Sen. Joni Ernst, R-Iowa,": US copy gives a politician's party and
 * state after the name. The state is a place; the tagger misses it or takes the party's initial
 * into it ("R-Iowa"). The shape is {@code party-state} of {@code models/mention-shapes.tsv}.
 */
final class PartyStates {
    private final Pattern partyState;
    private final KbpGazetteers kbp;

    /** {@code kbp}: the states and countries, or null; {@code shapes}: the parts of {@code models/mention-shapes.tsv}. */
    PartyStates(KbpGazetteers kbp, Map<String, Pattern> shapes) {
        this.kbp = kbp;
        this.partyState = shapes.get("party-state");
    }

    /** {@code mentions} with the state after each person a place, sorted by span. */
    List<NamedEntity> apply(String text, List<NamedEntity> mentions) {
        List<Span> states = new ArrayList<>();
        for (NamedEntity m : mentions) {
            if (m.type() == EntityType.PERSON) {
                Matcher s = partyState.matcher(text).region(m.span().end(), text.length());
                if (s.lookingAt()) {
                    int end = s.end(1);
                    String state = text.substring(s.start(1), end);
                    if (state.endsWith(".") && state.indexOf('.') == state.length() - 1 && kbp != null
                            && (kbp.isStateOrProvince(state.substring(0, state.length() - 1)) || kbp.isCountry(state.substring(0, state.length() - 1)))) {
                        end--; // "R-Iowa." closing the sentence: the stop is the sentence's
                    }
                    states.add(new Span(s.start(1), end));
                }
            }
        }
        if (states.isEmpty()) {
            return mentions;
        }
        List<NamedEntity> out = new ArrayList<>(mentions);
        out.removeIf(n -> states.stream().anyMatch(s -> s.overlaps(n.span())));
        for (Span s : states) {
            out.add(new NamedEntity(s, EntityType.PLACE, s.of(text)));
        }
        out.sort(Comparator.comparing(NamedEntity::span));
        return out;
    }
}
