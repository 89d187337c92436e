package org.newsgraph.spark;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The spark-submit entry point (docs/spark.md). Exit status as the CLI's {@code run}: 0 success,
 * 1 an article failed, 2 usage error.
 */
@Command(name = "newsgraph-spark", mixinStandardHelpOptions = true,
        description = "Run newsgraph's pipeline on Spark: OUT/articles/part-*.ndjson and OUT/errors/part-*.ndjson.")
public final class SparkJob implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Article files or folders (.txt, .html, .htm, any depth): local paths or file:, hdfs:, s3a: URIs.")
    List<String> paths = List.of();

    @Option(names = "--table", paramLabel = "NAME", description = "Read (identifier, text) rows from this catalog table instead of files.")
    String table;

    @Option(names = "--table-path", paramLabel = "PATH", description = "Read (identifier, text) rows from a table stored here (see --table-format).")
    String tablePath;

    @Option(names = "--table-format", defaultValue = "parquet", description = "Format of --table-path (default: ${DEFAULT-VALUE}).")
    String tableFormat;

    @Option(names = "--id-column", defaultValue = "identifier", description = "Identifier column of a table (default: ${DEFAULT-VALUE}).")
    String idColumn;

    @Option(names = "--text-column", defaultValue = "text", description = "Text column of a table (default: ${DEFAULT-VALUE}).")
    String textColumn;

    @Option(names = "--out", required = true, description = "Output folder (local path or URI).")
    String out;

    @Option(names = "--tables", description = "Also write the tables of 'newsgraph load' (articles, authors, entities, mentions, quotes, relations) as Parquet under OUT/tables/.")
    boolean tables;

    @Option(names = "--force", description = "Redo articles whose earlier output is up to date.")
    boolean force;

    @Option(names = "--partitions", description = "Partitions of articles to process (default: 8 per core of the cluster).")
    Integer partitions;

    @Option(names = "--stages", split = ",", paramLabel = "STAGE", description = "Stages to run, in order (default: all).")
    List<String> stages = PipelineConfig.ALL_STAGES;

    @Option(names = "--tokenizer", defaultValue = "corenlp", description = "corenlp or opennlp (default: ${DEFAULT-VALUE}).")
    String tokenizer;

    @Option(names = "--max-bytes", defaultValue = "" + PipelineConfig.DEFAULT_MAX_BYTES, description = "Size limit of an article (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--article-timeout-s", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time one article may take in the pipeline; past it the article is a timeout record (0: no limit; default: ${DEFAULT-VALUE}).")
    long articleTimeoutSeconds;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkJob()).execute(args));
    }

    @Override
    public Integer call() {
        int sources = (paths.isEmpty() ? 0 : 1) + (table == null ? 0 : 1) + (tablePath == null ? 0 : 1);
        if (sources != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give article PATHs, --table or --table-path (one of them)");
        }
        if (articleTimeoutSeconds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--article-timeout-s must be 0 or more");
        }
        PipelineConfig config;
        try {
            config = new PipelineConfig(stages, tokenizer, maxBytes);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        SparkSession spark = SparkSession.builder().appName("newsgraph").getOrCreate();
        try {
            JobSettings settings = JobSettings.of(config, PipelineFactory.configHash(config), articleTimeoutSeconds);
            Dataset<Row> inputs = !paths.isEmpty() ? InputSources.files(spark, paths, maxBytes)
                    : InputSources.table(table != null ? spark.table(table) : spark.read().format(tableFormat).load(tablePath),
                            idColumn, textColumn);
            int n = partitions != null ? partitions : 8 * spark.sparkContext().defaultParallelism();
            JobSummary s = ArticleJob.run(spark, inputs, settings, out, force, n, tables);
            System.err.println("newsgraph: " + s.describe() + "; output in " + out);
            return s.failed() > 0 ? 1 : 0;
        } finally {
            spark.stop();
        }
    }
}
