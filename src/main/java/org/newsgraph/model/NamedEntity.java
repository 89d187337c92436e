package org.newsgraph.model;

import java.util.Objects;

/** One typed name occurrence in the text, before mentions are clustered into entities. */
public record NamedEntity(Span span, EntityType type, String text) {
    public NamedEntity {
        Objects.requireNonNull(span);
        Objects.requireNonNull(type);
        if (text.isBlank()) {
            throw new IllegalArgumentException("empty mention text");
        }
    }
}
