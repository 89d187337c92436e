package org.newsgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The output folder: {@code articles/} and {@code errors/}, each a set of {@code part-*.ndjson}
 * files. A run writes into a staging folder beside them and moves its folders into place only
 * when every write has finished, so a failed run leaves the earlier output whole (and the
 * earlier output can be read while the new one is written).
 */
final class JobOutput {
    static final String ARTICLES = "articles";
    static final String ERRORS = "errors";
    private final FileSystem fs;
    private final Path out;
    private final Path staging;

    JobOutput(SparkSession spark, String out) {
        this.out = new Path(out);
        try {
            this.fs = this.out.getFileSystem(spark.sparkContext().hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.staging = new Path(this.out, "_staging-" + spark.sparkContext().applicationId());
    }

    /** The earlier run's folder of the given name, if there is one. */
    String existing(String name) {
        Path p = new Path(out, name);
        try {
            return fs.isDirectory(p) ? p.toString() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one string column, one line per row, into the staging folder. */
    void writeLines(String name, Dataset<Row> lines) {
        lines.write().mode(SaveMode.ErrorIfExists).text(new Path(staging, name).toString());
    }

    /** Writes a table as Parquet into the staging folder. */
    void writeParquet(String name, Dataset<Row> table) {
        table.write().mode(SaveMode.ErrorIfExists).parquet(new Path(staging, name).toString());
    }

    /**
     * Moves the staged folders into place, replacing the earlier ones, and renames text parts to
     * .ndjson; a named folder this run did not stage is removed.
     */
    void commit(List<String> names) {
        try {
            for (String name : names) {
                Path staged = new Path(staging, name);
                if (!fs.exists(staged)) {
                    continue;
                }
                for (FileStatus f : fs.listStatus(staged, p -> p.getName().startsWith("part-") && p.getName().endsWith(".txt"))) {
                    String n = f.getPath().getName();
                    fs.rename(f.getPath(), new Path(staged, n.substring(0, n.length() - ".txt".length()) + ".ndjson"));
                }
            }
            for (String name : names) {
                Path target = new Path(out, name);
                if (fs.exists(target) && !fs.delete(target, true)) {
                    throw new IOException("cannot remove the earlier " + target);
                }
                if (!fs.exists(new Path(staging, name))) {
                    continue; // not made by this run: the earlier one is gone, as it no longer matches
                }
                if (!fs.rename(new Path(staging, name), target)) {
                    throw new IOException("cannot move " + new Path(staging, name) + " to " + target);
                }
            }
            fs.delete(staging, true);
        } catch (IOException e) {
            throw new UncheckedIOException("newsgraph: committing the output in " + out + " failed (the new output stays in "
                    + staging + ")", e);
        }
    }

    /** Removes what a failed run staged. */
    void abandon() {
        try {
            fs.delete(staging, true);
        } catch (IOException ignored) {
            // a leftover staging folder is ignored by the next run's readers (its name starts with _)
        }
    }
}
