package org.newsgraph.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsgraph.model.Language;

/**
 * Why an article got no document: the HTTP status it maps to, the reason, and where known the
 * stage that declined or failed and the language detected.
 */
record Failure(int status, String reason, String stage, Language language) {
    static Failure of(int status, String reason) {
        return new Failure(status, reason, null, null);
    }

    /** Skipped (declined for a stated reason) rather than failed, as run's error records say. */
    boolean skipped() {
        return status == 422;
    }

    ObjectNode toJson() {
        ObjectNode n = Reply.errorBody(status, reason);
        if (stage != null) {
            n.put("stage", stage);
        }
        if (language != null) {
            n.put("language", language.iso639_3());
            n.put("confidence", language.confidence());
        }
        return n;
    }

    Reply toReply() {
        return Reply.json(status, toJson());
    }
}
