package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPipeline;
import org.newsgraph.batch.BatchResult;
import org.newsgraph.batch.BatchRunner;
import org.newsgraph.batch.InputFiles;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.load.Loader;
import org.newsgraph.load.TableRows;
import org.newsgraph.load.sql.SqlTarget;
import org.newsgraph.load.sql.SqlTargets;
import org.newsgraph.read.ArticleReader;

/**
 * The Spark job on {@code local[2]} against the CLI's batch on the same files: the seeds, two
 * fixture articles (one HTML) and bad inputs. The pipeline is the tests' shared one.
 */
class SparkJobTest {
    private static final long MAX_BYTES = 200_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        ExecutorPipeline.use(PipelineConfig.defaults(), TestPipeline.get());
        spark = SparkSession.builder().master("local[2]").appName("newsgraph-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static JobSettings settings() {
        return JobSettings.of(new PipelineConfig(PipelineConfig.ALL_STAGES, "corenlp", MAX_BYTES), TestPipeline.configHash(), 0); // no time budget: a loaded machine must not decide a comparison
    }

    private static JobSummary runJob(Path in, Path out) {
        return ArticleJob.run(spark, InputSources.files(spark, List.of(in.toString()), MAX_BYTES), settings(), out.toString(), false, 4, false);
    }

    /** A saved fragment: it does not start like a page, and only its name says it is one. */
    private static final String FRAGMENT = "<article><h1>Gosport ferry fares to rise</h1>\n"
            + "<p>Fares on the Gosport ferry will rise by 8 percent from April, the harbour board said on Tuesday.</p></article>\n";

    private static Path inputs(String name) throws IOException {
        Path in = Files.createDirectories(dir.resolve(name));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path s : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(s, in.resolve(s.getFileName()));
            }
        }
        for (String f : List.of("harbour-ferry-fares.html", "council-budget-vote.txt")) {
            try (InputStream r = SparkJobTest.class.getResourceAsStream("/spark-fixtures/" + f)) {
                Files.copy(r, in.resolve(f));
            }
        }
        Files.writeString(in.resolve("ferry-fragment.html"), FRAGMENT); // read as a page because of its name
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Files.write(in.resolve("big.txt"), "word ".repeat(50_000).getBytes(StandardCharsets.UTF_8));
        Files.writeString(in.resolve("french.txt"), "Le président de la République a annoncé mardi une réforme importante "
                + "des retraites, qui sera présentée au Parlement dans les prochaines semaines, selon le gouvernement.");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("sub/council-budget-vote.txt"), "Another article that has the same file name.");
        Files.copy(in.resolve("council-budget-vote.txt"), in.resolve("sub/budget vote, a copy.txt"));
        return in;
    }

    /** Keys sorted at every level, so documents compare whatever order a writer put them in. */
    private static String canonical(String json) {
        try {
            return CANONICAL.writeValueAsString(MAPPER.readValue(json, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().matches("part-.*\\.ndjson")).sorted().toList()) {
                out.addAll(Files.readAllLines(p).stream().filter(l -> !l.isEmpty()).toList());
            }
        }
        return out;
    }

    private static Map<String, String> byIdentifier(List<String> documents) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String d : documents) {
            String previous = out.put(MAPPER.readTree(d).path("identifier").asText(), canonical(d));
            assertEquals(null, previous, "one document per identifier");
        }
        return out;
    }

    /** Same identifiers, and each document the same bytes once canonical (a difference names the article, not 100 kB of JSON). */
    private static void assertSameDocuments(Map<String, String> expected, Map<String, String> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String id : expected.keySet()) {
            assertTrue(expected.get(id).equals(actual.get(id)), "the document of " + id + " differs from the CLI's");
        }
    }

    /** An error record with Spark's file: URIs written as the paths the CLI names. */
    private static String errorKey(String line) {
        return canonical(line.replace("file:/", "/"));
    }

    @Test
    void documentsAndErrorsEqualTheClisAndARerunSkipsUnchangedArticles() throws Exception {
        Path in = inputs("in");
        Path cliOut = dir.resolve("cli");
        BatchResult cli = new BatchRunner(TestPipeline.get(), new ArticleReader(MAX_BYTES), TestPipeline.configHash(), cliOut, 2, false, null)
                .run(InputFiles.scan(List.of(in)), null);
        Path out = dir.resolve("spark");
        JobSummary first = runJob(in, out);

        Map<String, String> expected = byIdentifier(Files.readAllLines(cliOut.resolve(BatchRunner.ARTICLES)));
        assertEquals(11, expected.size(), "the CLI wrote the 6 seeds, 3 fixtures, the copy with a space in its name and sub/'s namesake");
        assertTrue(expected.containsKey("sub/council-budget-vote"), "a file named like another keeps its folder in its identifier");
        assertTrue(expected.get("ferry-fragment").contains("Gosport ferry fares to rise") && !expected.get("ferry-fragment").contains("<p>"),
                "the fragment was read as a page");
        assertSameDocuments(expected, byIdentifier(lines(out.resolve(JobOutput.ARTICLES))));
        assertEquals(11, first.written());
        assertEquals(cli.words(), first.words());

        List<String> cliErrors = Files.readAllLines(cliOut.resolve(BatchRunner.ERRORS)).stream().map(SparkJobTest::errorKey).sorted().toList();
        List<String> sparkErrors = lines(out.resolve(JobOutput.ERRORS)).stream().map(SparkJobTest::errorKey).sorted().toList();
        assertEquals(4, cliErrors.size(), "empty, binary, too big (rejected), French (skipped)");
        assertEquals(cliErrors, sparkErrors);
        assertEquals(3, first.failed(), "the job counts rejected input with the failed");
        assertEquals(1, first.skipped());

        JobSummary again = runJob(in, out);
        assertEquals(0, again.written());
        assertEquals(11, again.unchanged());
        assertSameDocuments(expected, byIdentifier(lines(out.resolve(JobOutput.ARTICLES))));

        Files.writeString(in.resolve("council-budget-vote.txt"), "\n\nA correction was added to this article on Thursday.",
                java.nio.file.StandardOpenOption.APPEND);
        // Same article text, a new date in the page's metadata: the CLI redoes it, and so must the job.
        Files.writeString(in.resolve("ferry-fragment.html"),
                "<meta property=\"article:published_time\" content=\"2026-03-04T09:00:00Z\">" + FRAGMENT);
        BatchResult cliChanged = new BatchRunner(TestPipeline.get(), new ArticleReader(MAX_BYTES), TestPipeline.configHash(), cliOut, 2, false, null)
                .run(InputFiles.scan(List.of(in)), null);
        JobSummary changed = runJob(in, out);
        assertEquals(2, cliChanged.written());
        assertEquals(2, changed.written());
        assertEquals(9, changed.unchanged());
        Map<String, String> after = byIdentifier(lines(out.resolve(JobOutput.ARTICLES)));
        assertFalse(after.get("council-budget-vote").equals(expected.get("council-budget-vote")));
        assertEquals(MAPPER.readTree(expected.get("ferry-fragment")).path("@id"), MAPPER.readTree(after.get("ferry-fragment")).path("@id"),
                "the fragment's text is unchanged");
        assertSameDocuments(byIdentifier(Files.readAllLines(cliOut.resolve(BatchRunner.ARTICLES))), after);
        try (Stream<Path> left = Files.list(out)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("_staging")), "no staging folder is left");
        }
    }

    @Test
    void aTableOfIdentifiersAndTextsGivesTheDocumentsOfTheSameFiles() throws Exception {
        Path in = Files.createDirectories(dir.resolve("one"));
        Path seed = Path.of("seeds/politico_2016-09-30_flight-attendants-union-endorses.txt");
        Files.copy(seed, in.resolve(seed.getFileName()));
        Path cliOut = dir.resolve("cli-one");
        new BatchRunner(TestPipeline.get(), new ArticleReader(MAX_BYTES), TestPipeline.configHash(), cliOut, 1, false, null)
                .run(InputFiles.scan(List.of(in)), null);

        StructType schema = new StructType().add("id", DataTypes.StringType).add("body", DataTypes.StringType);
        Dataset<Row> table = spark.createDataFrame(List.of(
                RowFactory.create("politico_2016-09-30_flight-attendants-union-endorses", Files.readString(seed)),
                RowFactory.create("no-text", null)), schema);
        Path out = dir.resolve("spark-table");
        JobSummary s = ArticleJob.run(spark, InputSources.table(table, "id", "body"), settings(), out.toString(), false, 2, false);
        assertEquals(1, s.written());
        assertEquals(1, s.failed());
        assertSameDocuments(byIdentifier(Files.readAllLines(cliOut.resolve(BatchRunner.ARTICLES))), byIdentifier(lines(out.resolve(JobOutput.ARTICLES))));
        assertTrue(lines(out.resolve(JobOutput.ERRORS)).get(0).contains("\"reason\":\"no text\""));
    }

    @Test
    void parquetTablesHoldTheRowsThatLoadPutsIntoDuckDb() throws Exception {
        Path in = Files.createDirectories(dir.resolve("tables-in"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path s : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(s, in.resolve(s.getFileName()));
            }
        }
        Path cliOut = dir.resolve("cli-tables");
        new BatchRunner(TestPipeline.get(), new ArticleReader(MAX_BYTES), TestPipeline.configHash(), cliOut, 2, false, null)
                .run(InputFiles.expand(List.of(in)), null);
        Path db = dir.resolve("cli.duckdb");
        SqlTarget target = SqlTargets.duckdb(db);
        try {
            Loader.load(List.of(cliOut), target, false, n -> { }, () -> { });
        } finally {
            target.close();
        }
        Path out = dir.resolve("spark-tables");
        ArticleJob.run(spark, InputSources.files(spark, List.of(in.toString()), MAX_BYTES), settings(), out.toString(), false, 2, true);

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            for (TableRows.Table t : TableRows.ALL) {
                String columns = String.join(", ", t.columns().stream().map(k -> "CAST(" + k.name() + " AS VARCHAR)").toList());
                List<String> loaded = query(c, "SELECT " + columns + " FROM " + t.name() + " ORDER BY ALL");
                List<String> parquet = query(c, "SELECT " + columns + " FROM read_parquet('"
                        + out.resolve(ArticleTables.FOLDER).resolve(t.name()) + "/*.parquet') ORDER BY ALL");
                assertFalse(t != TableRows.AUTHORS && loaded.isEmpty(), t.name() + " holds rows");
                assertEquals(loaded, parquet, "the " + t.name() + " table");
            }
        }
        ArticleJob.run(spark, InputSources.files(spark, List.of(in.toString()), MAX_BYTES), settings(), out.toString(), false, 2, false);
        assertFalse(Files.exists(out.resolve(ArticleTables.FOLDER)), "a run without --tables removes tables that no longer match");
    }

    private static List<String> query(Connection c, String sql) throws java.sql.SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(r.getString(i)).append('\t');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
