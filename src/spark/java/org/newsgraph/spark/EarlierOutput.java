package org.newsgraph.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * An earlier run's {@code articles/} read as a table of (identifier, article @id, line), keeping
 * only documents made with this run's configuration hash: the article @id is the text hash, so
 * a join on identifier, @id and the page metadata hash finds the articles that need not be redone
 * (a page whose text is unchanged but whose date or author changed is redone, as the CLI does).
 */
final class EarlierOutput {
    private static final StructType KEYS = new StructType()
            .add("@id", DataTypes.StringType)
            .add("identifier", DataTypes.StringType)
            .add("ng:provenance", new StructType().add("ng:configHash", DataTypes.StringType)
                    .add("ng:pageMetadataHash", DataTypes.StringType));

    private EarlierOutput() {
    }

    static Dataset<Row> read(SparkSession spark, String articlesDir, String configHash) {
        Dataset<Row> lines = spark.read().option("pathGlobFilter", "part-*").text(articlesDir);
        Dataset<Row> keyed = lines.select(col("value").as("earlierLine"), from_json(col("value"), KEYS).as("doc"));
        return keyed
                .filter(col("doc").getField("ng:provenance").getField("ng:configHash").equalTo(lit(configHash)))
                .select(col("doc").getField("identifier").as("earlierIdentifier"),
                        col("doc").getField("@id").as("earlierArticleId"),
                        coalesce(col("doc").getField("ng:provenance").getField("ng:pageMetadataHash"), lit("")).as("earlierPageHash"),
                        col("earlierLine"))
                .dropDuplicates(new String[] {"earlierIdentifier", "earlierArticleId", "earlierPageHash"});
    }
}
