package org.newsgraph.spark;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.batch.ErrorRecord;

/** The row shapes the job passes between its steps, and the result rows it writes. */
final class Rows {
    /** An input: where it came from, its identifier (null: the file's base name), its bytes (null: over the size limit). */
    static final StructType INPUT = new StructType()
            .add("source", StringType, false)
            .add("identifier", StringType, true)
            .add("content", BinaryType, true)
            .add("length", LongType, false);

    /**
     * An input as read: its bytes and the hashes of the text and page metadata read from them, or the reason they could
     * not be read. The bytes, not the article, go on: an article read from HTML holds the page's
     * metadata too, and reading again where the pipeline runs costs little beside the pipeline.
     */
    static final StructType READ = new StructType()
            .add("source", StringType, false)
            .add("identifier", StringType, false)
            .add("content", BinaryType, true)
            .add("textHash", StringType, true)
            .add("pageHash", StringType, true)
            .add("readError", StringType, true);

    /** One line of output: a document (written or unchanged) or an error record (failed or skipped). */
    static final StructType RESULT = new StructType()
            .add("status", StringType, false)
            .add("identifier", StringType, true)
            .add("line", StringType, false)
            .add("words", LongType, false);

    static final String WRITTEN = "written";
    static final String UNCHANGED = "unchanged";
    static final String SKIPPED = "skipped";
    static final String FAILED = "failed";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Rows() {
    }

    static Row error(String identifier, ErrorRecord e) {
        try {
            return RowFactory.create(e.skipped() ? SKIPPED : FAILED, identifier, MAPPER.writeValueAsString(e.fields()), 0L);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static Row document(String status, String identifier, String line, long words) {
        return RowFactory.create(status, identifier, line, words);
    }
}
