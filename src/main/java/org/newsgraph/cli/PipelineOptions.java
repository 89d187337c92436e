package org.newsgraph.cli;

import java.util.List;
import java.util.function.Function;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The pipeline options shared by run, eval and bench. */
final class PipelineOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--stages", split = ",", paramLabel = "STAGE",
            description = "Stages to run, in order (default: all: language,layout,tokens,pos,ner,entities,quotes,relations). "
                    + "Only the models these need are loaded; the output leaves out what a skipped stage would add.")
    List<String> stages = PipelineConfig.ALL_STAGES;

    /** How pipelines are built: by the factory; the CLI tests put in one that shares the loaded models within the test JVM. */
    static Function<PipelineConfig, Pipeline> builder = PipelineFactory::build;

    @Option(names = "--tokenizer", paramLabel = "NAME", defaultValue = "corenlp",
            description = "Tokens and sentences backend: corenlp or opennlp (default: ${DEFAULT-VALUE}).")
    String tokenizer;

    @Option(names = "--max-bytes", defaultValue = "" + PipelineConfig.DEFAULT_MAX_BYTES,
            description = "Skip files larger than this many bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    PipelineConfig config() {
        try {
            return new PipelineConfig(stages, tokenizer, maxBytes);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** {@link #build}, saying on standard error that models load: it takes seconds, and a silent command looks stuck. */
    Pipeline loadWithNotice(PipelineConfig config) {
        System.err.println("newsgraph: loading models (" + String.join(",", config.stages()) + ")...");
        return build(config);
    }

    /** Builds the pipeline; a stage list whose requirements do not hold is a usage error. */
    Pipeline build(PipelineConfig config) {
        try {
            return builder.apply(config);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--stages: " + e.getMessage());
        }
    }
}
