package org.newsgraph.model;

import java.util.Objects;

/**
 * A relation between an entity and another entity ({@code objectId}) or a literal
 * ({@code value}); exactly one of the two is set.
 */
public record Relation(String subjectId, Predicate predicate, String objectId, String value, Span evidence, double confidence) {
    public Relation {
        Objects.requireNonNull(subjectId);
        Objects.requireNonNull(predicate);
        Objects.requireNonNull(evidence);
        if ((objectId == null) == (value == null)) {
            throw new IllegalArgumentException("a relation has either an object entity or a literal value");
        }
        if (predicate.takesEntity() != (objectId != null)) {
            throw new IllegalArgumentException(predicate + " takes " + (predicate.takesEntity() ? "an entity" : "a literal"));
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
