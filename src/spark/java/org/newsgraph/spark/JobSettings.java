package org.newsgraph.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import org.newsgraph.config.PipelineConfig;

/**
 * What the driver tells every executor: the pipeline configuration and its hash. The hash is
 * computed once on the driver so every document of a run carries the same one.
 */
record JobSettings(List<String> stages, String tokenizer, long maxBytes, String configHash, long articleTimeoutSeconds)
        implements Serializable {
    JobSettings {
        stages = List.copyOf(stages);
    }

    static JobSettings of(PipelineConfig config, String configHash, long articleTimeoutSeconds) {
        return new JobSettings(config.stages(), config.tokenizer(), config.maxBytes(), configHash, articleTimeoutSeconds);
    }

    /** The time one article may take in the pipeline, as the CLI's --article-timeout-s; null for no limit. */
    Duration articleBudget() {
        return articleTimeoutSeconds > 0 ? Duration.ofSeconds(articleTimeoutSeconds) : null;
    }

    PipelineConfig config() {
        return new PipelineConfig(stages, tokenizer, maxBytes);
    }
}
