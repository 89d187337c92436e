package org.newsgraph.spark;

import java.io.Serializable;
import java.util.List;
import org.newsgraph.config.PipelineConfig;

/**
 * What the driver tells every executor: the pipeline configuration and its hash. The hash is
 * computed once on the driver so every document of a run carries the same one.
 */
record JobSettings(List<String> stages, String tokenizer, long maxBytes, String configHash) implements Serializable {
    JobSettings {
        stages = List.copyOf(stages);
    }

    static JobSettings of(PipelineConfig config, String configHash) {
        return new JobSettings(config.stages(), config.tokenizer(), config.maxBytes(), configHash);
    }

    PipelineConfig config() {
        return new PipelineConfig(stages, tokenizer, maxBytes);
    }
}
