package org.newsgraph.relations;

import org.newsgraph.model.Entity;

/**
 * A pair the relation classifier decides on, within one sentence: a subject mention
 * (tokens [subjectFirst, subjectEnd)) and an object, either an entity mention or a title phrase
 * ({@code title} set, {@code object} null), with the pair's kind ({@link Kind}).
 */
record PairCandidate(Kind kind, Entity subject, int subjectFirst, int subjectEnd, Entity object, String title, int objectFirst, int objectEnd) {
    /** Person–organisation, person–place, person–title, organisation–place, place–place. */
    enum Kind { PERSON_ORG, PERSON_PLACE, PERSON_TITLE, ORG_PLACE, PLACE_PLACE }

    /** Tokens between the two, whichever comes first. */
    int gapFirst() {
        return subjectFirst < objectFirst ? subjectEnd : objectEnd;
    }

    int gapEnd() {
        return subjectFirst < objectFirst ? objectFirst : subjectFirst;
    }

    boolean subjectBefore() {
        return subjectFirst < objectFirst;
    }

    /** The pair as the document-level key a relation is kept under: subject, object entity or title text. */
    String key() {
        return subject.id() + "|" + (object != null ? object.id() : title.toLowerCase(java.util.Locale.ROOT));
    }
}
