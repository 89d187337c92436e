package org.newsgraph.config;

import java.util.List;

/**
 * What a run is configured with, as data: the stages in order, the tokenizer backend and the
 * input size limit. Its {@link #describe()} string goes into the configuration hash.
 */
public record PipelineConfig(List<String> stages, String tokenizer, long maxBytes) {
    public static final List<String> ALL_STAGES = List.of("language", "layout", "tokens", "pos", "ner", "entities", "quotes", "relations");
    public static final List<String> TOKENIZERS = List.of("corenlp", "opennlp");
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    public PipelineConfig {
        stages = List.copyOf(stages);
        for (String s : stages) {
            if (!ALL_STAGES.contains(s)) {
                throw new IllegalArgumentException("unknown stage '" + s + "'; stages are " + ALL_STAGES);
            }
        }
        if (!TOKENIZERS.contains(tokenizer)) {
            throw new IllegalArgumentException("unknown tokenizer '" + tokenizer + "'; tokenizers are " + TOKENIZERS);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive");
        }
    }

    public static PipelineConfig defaults() {
        return new PipelineConfig(ALL_STAGES, "corenlp", DEFAULT_MAX_BYTES);
    }

    public String describe() {
        return "stages=" + String.join(",", stages) + ";tokenizer=" + tokenizer;
    }
}
