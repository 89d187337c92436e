package org.newsgraph.model;

import java.util.Locale;

/** The entity types newsgraph outputs, named as their schema.org classes. */
public enum EntityType {
    PERSON("Person"), ORGANIZATION("Organization"), PLACE("Place");

    private final String schemaName;

    EntityType(String schemaName) {
        this.schemaName = schemaName;
    }

    public String schemaName() {
        return schemaName;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntityType fromSchemaName(String name) {
        for (EntityType t : values()) {
            if (t.schemaName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type: " + name);
    }
}
