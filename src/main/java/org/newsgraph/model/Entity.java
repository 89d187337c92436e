package org.newsgraph.model;

import java.util.List;

/**
 * A real-world entity of the article: global id, type, canonical name, the other name forms
 * used, and every mention (sorted by offset).
 */
public record Entity(String id, EntityType type, String name, List<String> alternateNames, List<NamedEntity> mentions) {
    public Entity {
        alternateNames = List.copyOf(alternateNames);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no mention");
        }
    }
}
