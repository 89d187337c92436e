package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;

/**
 * "the Kentucky International Convention Center", "the Wolong Nature Reserve": a name of several
 * words the tagger typed an organisation that ends in a facility's head
 * ({@code models/facility-heads.txt}) is a place, where people go rather than a body that acts.
 */
final class FacilityNames {
    private final List<String> heads = new ArrayList<>();

    FacilityNames() {
        for (String h : ModelFiles.lines("facility-heads.txt")) {
            heads.add(" " + h.toLowerCase(Locale.ROOT));
        }
    }

    List<NamedEntity> apply(List<NamedEntity> mentions) {
        List<NamedEntity> out = new ArrayList<>(mentions.size());
        for (NamedEntity m : mentions) {
            out.add(m.type() == EntityType.ORGANIZATION && isFacility(m.text()) ? new NamedEntity(m.span(), EntityType.PLACE, m.text()) : m);
        }
        return out;
    }

    private boolean isFacility(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return heads.stream().anyMatch(lower::endsWith);
    }
}
