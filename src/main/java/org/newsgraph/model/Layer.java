package org.newsgraph.model;

/** The layers stages add to a document; a stage declares which it requires and which it adds. */
public enum Layer {
    LANGUAGE, LAYOUT, TOKENS, POS, NAMED_ENTITIES, ENTITIES, QUOTES, RELATIONS
}
