package org.newsgraph.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** A whole HTTP answer, free of any server library: status, media type, body and extra headers. */
public record Reply(int status, String contentType, String body, Map<String, String> headers) {
    public static final String JSON = "application/json";
    public static final String JSON_LD = "application/ld+json";
    public static final String NDJSON = "application/x-ndjson";
    static final ObjectMapper MAPPER = new ObjectMapper();

    public Reply {
        headers = Map.copyOf(headers);
    }

    static Reply json(int status, ObjectNode body) {
        return new Reply(status, JSON, body.toString() + "\n", Map.of());
    }

    /** An error as JSON with its reason; never a stack trace. */
    public static Reply error(int status, String reason) {
        return json(status, errorBody(status, reason));
    }

    static ObjectNode errorBody(int status, String reason) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("status", status);
        n.put("error", Statuses.phrase(status));
        n.put("reason", reason);
        return n;
    }

    public Reply withHeader(String name, String value) {
        java.util.Map<String, String> h = new java.util.LinkedHashMap<>(headers);
        h.put(name, value);
        return new Reply(status, contentType, body, h);
    }
}
