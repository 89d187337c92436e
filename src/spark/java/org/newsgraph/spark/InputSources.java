package org.newsgraph.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.udf;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/** The job's inputs as {@link Rows#INPUT} rows: text or HTML files, or a table of (identifier, text). */
final class InputSources {
    /** Files in the folders the CLI would take (.txt, .html, .htm, any depth); Spark skips names starting with . or _. */
    static final String ARTICLE_FILES = "*.{txt,html,htm,TXT,HTML,HTM}";

    private InputSources() {
    }

    /**
     * Local paths or URIs Spark reads ({@code file:}, {@code hdfs:}, {@code s3a:}). A file over the
     * size limit is listed without its bytes: the length filter is pushed into the binary-file
     * scan, so such a file is never read into memory.
     */
    static Dataset<Row> files(SparkSession spark, List<String> paths, long maxBytes) {
        Dataset<Row> all = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", ARTICLE_FILES)
                .load(paths.toArray(String[]::new));
        FileNames names = new FileNames(paths);
        UserDefinedFunction name = udf((UDF1<String, String>) names::identifier, DataTypes.StringType);
        Dataset<Row> small = all.filter(col("length").leq(maxBytes))
                .select(col("path").as("source"), name.apply(col("path")).as("identifier"), col("content"), col("length"));
        Dataset<Row> large = all.filter(col("length").gt(maxBytes))
                .select(col("path").as("source"), name.apply(col("path")).as("identifier"),
                        lit(null).cast(DataTypes.BinaryType).as("content"), col("length"));
        // Spark's scans leave out empty files; the CLI reports them, so they are found by their absence.
        List<String> inputFiles = Arrays.stream(all.inputFiles()).map(InputSources::asPathColumn).toList();
        Dataset<Row> listed = spark.createDataset(inputFiles, Encoders.STRING()).toDF("path");
        Dataset<Row> empty = listed.join(all.select("path"), listed.col("path").equalTo(all.col("path")), "left_anti")
                .select(col("path").as("source"), name.apply(col("path")).as("identifier"),
                        lit(new byte[0]).as("content"), lit(0L).as("length"));
        return small.unionAll(large).unionAll(empty);
    }

    /** inputFiles() gives encoded URIs ({@code file:///a%20b.txt}); the path column a Hadoop path ({@code file:/a b.txt}). */
    private static String asPathColumn(String uri) {
        try {
            return new Path(new URI(uri)).toString();
        } catch (URISyntaxException e) {
            return uri;
        }
    }

    /** A table's rows: the identifier names the article (and its error records); the text is read as UTF-8 bytes. */
    static Dataset<Row> table(Dataset<Row> table, String idColumn, String textColumn) {
        Column id = coalesce(col(idColumn).cast(DataTypes.StringType), lit("(row without an identifier)"));
        return table.select(id.as("source"), id.as("identifier"),
                col(textColumn).cast(DataTypes.BinaryType).as("content"),
                octet_length(col(textColumn)).cast(DataTypes.LongType).as("length"))
                .na().fill(0L, new String[] {"length"});
    }
}
