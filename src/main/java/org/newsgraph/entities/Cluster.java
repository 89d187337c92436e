package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;

/** A growing group of mentions believed to name one entity. */
final class Cluster {
    final int index;
    final List<NamedEntity> mentions = new ArrayList<>();
    final Set<String> keys = new LinkedHashSet<>();
    boolean multiWordPerson;
    String aliasName;
    EntityType aliasType;

    Cluster(int index) {
        this.index = index;
    }

    /** Adds the mention; returns its key when the key is new to this cluster, else null. */
    String add(NamedEntity m) {
        mentions.add(m);
        String key = Names.key(m.text());
        multiWordPerson |= m.type() == EntityType.PERSON && key.contains(" ");
        return keys.add(key) ? key : null;
    }

    boolean isMultiWordPerson() {
        return multiWordPerson;
    }
}
