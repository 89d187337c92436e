package org.newsgraph.service;

import org.newsgraph.annotate.Annotator;

/** What became of one article: its document, or the failure that stands in for it. */
record Outcome(Annotator.Annotated document, Failure failure) {
    static Outcome done(Annotator.Annotated document) {
        return new Outcome(document, null);
    }

    static Outcome failed(Failure failure) {
        return new Outcome(null, failure);
    }
}
