package org.newsgraph.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The entity layer: entities in order of first mention, looked up by id. */
public final class Entities {
    private final List<Entity> entities;
    private final Map<String, Entity> byId = new LinkedHashMap<>();

    public Entities(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        for (Entity e : this.entities) {
            if (byId.put(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate entity id " + e.id());
            }
        }
    }

    public List<Entity> all() {
        return entities;
    }

    public Optional<Entity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
