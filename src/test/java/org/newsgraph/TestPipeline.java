package org.newsgraph;

import java.nio.charset.StandardCharsets;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.model.Article;
import org.newsgraph.model.Document;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ArticleRejected;

/** The full pipeline, built once per test JVM: model loading is the slow part of every test. */
public final class TestPipeline {
    private static Pipeline pipeline;

    private TestPipeline() {
    }

    public static synchronized Pipeline get() {
        if (pipeline == null) {
            pipeline = PipelineFactory.build(PipelineConfig.defaults());
        }
        return pipeline;
    }

    public static String configHash() {
        return PipelineFactory.configHash(PipelineConfig.defaults());
    }

    public static Document run(String text) {
        try {
            Article a = new ArticleReader(PipelineConfig.DEFAULT_MAX_BYTES).read("test", text.getBytes(StandardCharsets.UTF_8));
            return get().run(a);
        } catch (ArticleRejected e) {
            throw new IllegalArgumentException(e);
        }
    }
}
