package org.newsgraph.annotate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.newsgraph.model.Article;
import org.newsgraph.output.JsonLdWriter;
import org.newsgraph.pipeline.Pipeline;

/**
 * One article through the pipeline into its JSON-LD document: the single code path behind
 * {@code run}'s files and {@code serve}'s responses, so both give the same bytes for the same
 * article and configuration. Thread-safe when the pipeline is.
 */
public final class Annotator {
    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Pipeline pipeline;
    private final JsonLdWriter writer;
    private final String configHash;

    public Annotator(Pipeline pipeline, String configHash) {
        this.pipeline = pipeline;
        this.writer = new JsonLdWriter(configHash);
        this.configHash = configHash;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public String configHash() {
        return configHash;
    }

    /**
     * Runs the pipeline; a declined article comes out as {@link org.newsgraph.pipeline.ArticleSkipped},
     * a stage's failure as {@link org.newsgraph.pipeline.StageFailure}.
     */
    public Annotated annotate(Article article) {
        return new Annotated(writer.write(pipeline.run(article)));
    }

    /** An article's JSON-LD document, in the two forms newsgraph writes it. */
    public record Annotated(ObjectNode json) {
        /** The bytes of {@code NAME.jsonld}: indented, with a final newline. */
        public String pretty() {
            return write(PRETTY) + "\n";
        }

        /** One line of {@code articles.ndjson}, without the newline. */
        public String compact() {
            return write(COMPACT);
        }

        private String write(ObjectMapper mapper) {
            try {
                return mapper.writeValueAsString(json);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e); // a tree of plain nodes always serialises
            }
        }
    }
}
