package org.newsgraph.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.load.OutputFolders;
import org.newsgraph.load.TableRows;

/**
 * The tables {@code newsgraph load} fills (articles, authors, entities, mentions, quotes,
 * relations: {@link TableRows}), made from the job's documents, for writing as Parquet. The
 * article key is the identifier, as the output file name is on one machine.
 */
final class ArticleTables {
    static final String FOLDER = "tables";

    private ArticleTables() {
    }

    /** @param documents rows of (identifier, line) with one JSON-LD document per line */
    static void write(JobOutput output, Dataset<Row> documents) {
        for (TableRows.Table t : TableRows.ALL) {
            Dataset<Row> rows = documents.flatMap(new TableFlattener(t.name()), Encoders.row(schema(t)));
            if (t == TableRows.ENTITIES) {
                rows = rows.dropDuplicates(new String[] {"entity_id"}); // one row per entity, as in the SQL tables
            }
            output.writeParquet(FOLDER + "/" + t.name(), rows.orderBy(col(t.columns().get(0).name())));
        }
    }

    static StructType schema(TableRows.Table t) {
        StructType s = new StructType();
        for (TableRows.Column c : t.columns()) {
            s = s.add(c.name(), type(c.kind()), true);
        }
        return s;
    }

    private static DataType type(TableRows.Kind kind) {
        return switch (kind) {
            case INTEGER -> DataTypes.IntegerType;
            case REAL -> DataTypes.DoubleType;
            case TEXT, JSON -> DataTypes.StringType;
        };
    }

    /** One table's rows of each document; a table is named, not passed, so the function serialises small. */
    private static final class TableFlattener implements FlatMapFunction<Row, Row> {
        private final String table;

        TableFlattener(String table) {
            this.table = table;
        }

        @Override
        public Iterator<Row> call(Row document) throws OutputFolders.BadDocument {
            TableRows.Table t = TableRows.ALL.stream().filter(x -> x.name().equals(table)).findFirst().orElseThrow();
            List<Row> out = new ArrayList<>();
            for (Object[] values : t.rows().apply(OutputFolders.parse(document.getString(0), document.getString(1)))) {
                out.add(RowFactory.create(values));
            }
            return out.iterator();
        }
    }
}
