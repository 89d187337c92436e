package org.newsgraph.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.newsgraph.TestPipeline;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.pipeline.Pipeline;

/**
 * Runs the real {@link Main} in this JVM with standard input, output and error captured, as the
 * launcher would: the exit status is what {@code Main.main} passes to {@code System.exit}.
 * Pipelines are built once per configuration per test JVM (the default one is {@link TestPipeline}'s).
 */
final class Cli {
    record Result(int status, String out, String err) {
        @Override
        public String toString() {
            return "status " + status + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
        }
    }

    private static final Map<String, Pipeline> PIPELINES = new ConcurrentHashMap<>();
    static final Function<PipelineConfig, Pipeline> SHARED = config -> config.equals(PipelineConfig.defaults())
            ? TestPipeline.get() : PIPELINES.computeIfAbsent(config.describe(), k -> PipelineFactory.build(config));

    private Cli() {
    }

    static Result run(String... args) {
        return runWithInput(new byte[0], args);
    }

    static synchronized Result runWithInput(byte[] stdin, String... args) {
        return runWith(SHARED, stdin, args);
    }

    /** With {@code builder} making the pipelines (a test's own stages). */
    static synchronized Result runWith(Function<PipelineConfig, Pipeline> builder, byte[] stdin, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        Function<PipelineConfig, Pipeline> before = PipelineOptions.builder;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin));
            PipelineOptions.builder = builder;
            int status = Main.commandLine().execute(args);
            return new Result(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
            PipelineOptions.builder = before;
        }
    }
}
