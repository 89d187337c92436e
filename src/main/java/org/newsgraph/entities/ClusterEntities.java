package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;

/**
 * A finished cluster as an entity: the type its mentions vote for (weighted by words, so the full
 * name outvotes a surname the tagger mistyped), the fullest name of that type, the other forms as
 * alternates; and two entities that came out with the same id as one.
 */
final class ClusterEntities {
    private ClusterEntities() {
    }

    static Entity toEntity(Cluster c) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (NamedEntity m : c.mentions) {
            votes.merge(m.type(), Names.key(m.text()).split(" ").length, Integer::sum);
        }
        EntityType type = c.aliasType != null ? c.aliasType
                : votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<NamedEntity> sorted = new ArrayList<>(c.mentions);
        sorted.sort(Comparator.comparing(NamedEntity::span));
        String name = c.aliasName;
        if (name == null) {
            name = sorted.stream().filter(m -> m.type() == type).map(m -> Names.clean(m.text()))
                    .max(Comparator.comparingInt((String s) -> s.split(" ").length).thenComparingInt(String::length))
                    .orElse(Names.clean(sorted.get(0).text()));
        }
        List<String> alternates = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(Names.key(name));
        for (NamedEntity m : sorted) {
            String clean = Names.clean(m.text());
            if (seen.add(Names.key(clean))) {
                alternates.add(clean);
            }
        }
        List<NamedEntity> typed = sorted.stream()
                .map(m -> m.type() == type ? m : new NamedEntity(m.span(), type, m.text())).toList();
        return new Entity(EntityStage.entityId(type, name), type, name, alternates, typed);
    }

    static Entity merge(Entity a, Entity b) {
        List<NamedEntity> mentions = new ArrayList<>(a.mentions());
        mentions.addAll(b.mentions());
        mentions.sort(Comparator.comparing(NamedEntity::span));
        Set<String> alternates = new LinkedHashSet<>(a.alternateNames());
        alternates.addAll(b.alternateNames());
        alternates.removeIf(s -> Names.key(s).equals(Names.key(a.name())));
        return new Entity(a.id(), a.type(), a.name(), new ArrayList<>(alternates), mentions);
    }
}
