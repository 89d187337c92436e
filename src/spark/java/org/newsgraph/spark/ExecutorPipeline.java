package org.newsgraph.spark;

import java.util.Locale;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.pipeline.Pipeline;

/**
 * One pipeline per executor JVM, built by the first task that needs it and shared by all the
 * executor's task threads, as {@code BatchRunner} shares one between its threads: the models
 * are most of the memory and the load time, so a second copy would only cost.
 */
final class ExecutorPipeline {
    private static String builtFor;
    private static Pipeline pipeline;
    private static double loadSeconds;

    private ExecutorPipeline() {
    }

    static synchronized Pipeline get(JobSettings settings) {
        String key = settings.config().describe();
        if (pipeline == null || !key.equals(builtFor)) {
            long t0 = System.nanoTime();
            pipeline = PipelineFactory.build(settings.config());
            builtFor = key;
            loadSeconds = (System.nanoTime() - t0) / 1e9;
            System.err.printf(Locale.ROOT, "newsgraph: pipeline (%s) built on this executor in %.1f s%n", key, loadSeconds);
        }
        return pipeline;
    }

    /** Seconds the last build on this JVM took (0 if none was built here). */
    static synchronized double loadSeconds() {
        return loadSeconds;
    }

    /** Hands this JVM a pipeline built elsewhere in it (the tests' shared one), so models load once. */
    static synchronized void use(PipelineConfig config, Pipeline built) {
        builtFor = config.describe();
        pipeline = built;
    }
}
