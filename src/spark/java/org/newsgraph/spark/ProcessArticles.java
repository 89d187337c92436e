package org.newsgraph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.newsgraph.batch.BatchRunner;
import org.newsgraph.batch.ErrorRecord;
import org.newsgraph.batch.FailureReasons;
import org.newsgraph.model.Article;
import org.newsgraph.model.Document;
import org.newsgraph.output.JsonLdWriter;
import org.newsgraph.pipeline.ArticleSkipped;
import org.newsgraph.pipeline.ArticleTimedOut;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StageFailure;
import org.newsgraph.pipeline.WorkMeter;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ArticleRejected;

/**
 * Runs the executor's shared pipeline over a partition of read articles, one result row per
 * article, with the outcomes {@code BatchRunner} gives: a document, a skip, or a failure that
 * names the stage; a failing article never fails the task.
 */
final class ProcessArticles implements MapPartitionsFunction<Row, Row> {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JobSettings settings;

    ProcessArticles(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        JsonLdWriter writer = new JsonLdWriter(settings.configHash());
        return new Iterator<>() {
            private Pipeline pipeline;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                if (pipeline == null) {
                    pipeline = ExecutorPipeline.get(settings); // only a partition with work builds it
                }
                return process(pipeline, writer, rows.next());
            }
        };
    }

    private Row process(Pipeline pipeline, JsonLdWriter writer, Row r) {
        String source = r.getAs("source");
        String identifier = r.getAs("identifier");
        WorkMeter.start(settings.articleBudget()); // the stages' loops end an article past its budget
        try {
            Article article = ReadArticle.read(new ArticleReader(settings.maxBytes()), source, identifier, r.<byte[]>getAs("content"));
            Document doc = pipeline.run(article);
            return Rows.document(Rows.WRITTEN, identifier, MAPPER.writeValueAsString(writer.write(doc)),
                    BatchRunner.countWords(article.text()));
        } catch (ArticleRejected e) { // read once already: only a reader that changed its mind gets here
            return Rows.error(identifier, ErrorRecord.rejected(source, e.getMessage()));
        } catch (ArticleSkipped e) {
            return Rows.error(identifier, new ErrorRecord(source, e.stage(), e.getMessage(), true));
        } catch (ArticleTimedOut e) {
            return Rows.error(identifier, new ErrorRecord(source, e.stage(), e.getMessage(), false, true));
        } catch (StageFailure e) {
            return Rows.error(identifier, new ErrorRecord(source, e.stage(), FailureReasons.of(e.stage(), e.getCause()), false));
        } catch (java.io.IOException | RuntimeException e) {
            return Rows.error(identifier, new ErrorRecord(source, "output", FailureReasons.of("output", e), false));
        }
    }
}
