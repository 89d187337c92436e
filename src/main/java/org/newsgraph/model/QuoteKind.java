package org.newsgraph.model;

import java.util.Locale;

public enum QuoteKind {
    DIRECT, PARTIAL, INDIRECT;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
