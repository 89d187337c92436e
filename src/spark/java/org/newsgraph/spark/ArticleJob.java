package org.newsgraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.batch.ErrorRecord;
import org.newsgraph.output.JsonLdWriter;

/**
 * The job over a set of inputs: read every input, give a name used twice to its first input
 * only (as the CLI does), take unchanged articles from the earlier output, run the pipeline on
 * the rest, and write documents and error records.
 */
final class ArticleJob {
    private static final Column[] READ_COLUMNS = java.util.Arrays.stream(Rows.READ.fieldNames()).map(c -> col(c)).toArray(Column[]::new);

    private ArticleJob() {
    }

    /** @param tables also write the load step's tables as Parquet under {@code OUT/tables/} */
    static JobSummary run(SparkSession spark, Dataset<Row> inputs, JobSettings settings, String out, boolean force, int partitions,
                          boolean tables) {
        long t0 = System.nanoTime();
        JobOutput output = new JobOutput(spark, out);
        Dataset<Row> read = inputs.map(new ReadArticle(settings.maxBytes()), Encoders.row(Rows.READ));
        WindowSpec byName = Window.partitionBy("identifier").orderBy("source");
        Dataset<Row> ranked = read.withColumn("rank", row_number().over(byName))
                .withColumn("firstSource", first("source").over(byName));
        Dataset<Row> duplicates = ranked.filter(col("rank").gt(1)).map((MapFunction<Row, Row>) r -> Rows.error(r.getAs("identifier"),
                ErrorRecord.rejected(r.getAs("source"), "another input has the same output name: " + r.getAs("firstSource"))),
                Encoders.row(Rows.RESULT));
        Dataset<Row> unique = ranked.filter(col("rank").equalTo(1));
        Dataset<Row> unreadable = unique.filter(col("readError").isNotNull()).map((MapFunction<Row, Row>) r -> Rows.error(
                r.getAs("identifier"), ErrorRecord.rejected(r.getAs("source"), r.getAs("readError"))), Encoders.row(Rows.RESULT));
        Dataset<Row> readable = unique.filter(col("readError").isNull()).select(READ_COLUMNS);

        Dataset<Row> todo = readable;
        Dataset<Row> unchanged = spark.createDataFrame(List.of(), Rows.RESULT);
        String earlierDir = output.existing(JobOutput.ARTICLES);
        if (earlierDir != null && !force) {
            Dataset<Row> earlier = EarlierOutput.read(spark, earlierDir, settings.configHash());
            Dataset<Row> joined = readable.join(earlier, col("identifier").equalTo(col("earlierIdentifier"))
                    .and(concat(lit(JsonLdWriter.ARTICLE_PREFIX), col("textHash")).equalTo(col("earlierArticleId")))
                    .and(col("pageHash").equalTo(col("earlierPageHash"))), "left");
            unchanged = joined.filter(col("earlierLine").isNotNull())
                    .select(lit(Rows.UNCHANGED).as("status"), col("identifier"), col("earlierLine").as("line"), lit(0L).as("words"));
            todo = joined.filter(col("earlierLine").isNull()).select(READ_COLUMNS);
        }
        // An explicit count: the scan packs many small files into one split and AQE would merge
        // small shuffle partitions, leaving one task (one thread) to do all the work.
        Dataset<Row> processed = todo.repartition(partitions).mapPartitions(new ProcessArticles(settings), Encoders.row(Rows.RESULT));
        Dataset<Row> results = processed.unionByName(unchanged).unionByName(unreadable).unionByName(duplicates)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> documents = results.filter(col("status").isin(Rows.WRITTEN, Rows.UNCHANGED));
            output.writeLines(JobOutput.ARTICLES, documents.select("line"));
            output.writeLines(JobOutput.ERRORS, results.filter(col("status").isin(Rows.FAILED, Rows.SKIPPED)).select("line"));
            if (tables) {
                ArticleTables.write(output, documents.select("identifier", "line"));
            }
            List<Row> counts = results.groupBy("status").agg(count(lit(1)), sum("words")).collectAsList();
            // tables left by an earlier run would no longer match the articles, so a run without them removes them
            output.commit(List.of(JobOutput.ARTICLES, JobOutput.ERRORS, ArticleTables.FOLDER));
            return JobSummary.of(counts, (System.nanoTime() - t0) / 1e9);
        } catch (RuntimeException e) {
            output.abandon();
            throw e;
        } finally {
            results.unpersist();
        }
    }
}
