package org.newsgraph.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** What GET /v1/info reports: the code's version, the configuration and its hash, the models. */
public record ServiceInfo(String version, String configHash, List<String> stages, String tokenizer, List<String> modelFiles) {
    public ServiceInfo {
        stages = List.copyOf(stages);
        modelFiles = List.copyOf(modelFiles);
    }

    ObjectNode toJson(ServiceConfig limits) {
        ObjectNode n = Reply.MAPPER.createObjectNode();
        n.put("version", version);
        n.put("configHash", configHash);
        stages.forEach(n.putArray("stages")::add);
        n.put("tokenizer", tokenizer);
        modelFiles.forEach(n.putArray("modelFiles")::add);
        ObjectNode l = n.putObject("limits");
        l.put("threads", limits.threads());
        l.put("queue", limits.queue());
        l.put("maxBytes", limits.maxBytes());
        l.put("timeoutSeconds", limits.timeout().toMillis() / 1000.0);
        return n;
    }
}
