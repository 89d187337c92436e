package org.newsgraph.spark;

import java.net.URI;
import java.net.URISyntaxException;
import org.apache.commons.io.FilenameUtils;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsgraph.model.Article;
import org.newsgraph.output.JsonLdWriter;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ArticleRejected;

/**
 * Reads one input as {@code ArticleReader} reads a file (size limit, binary check, encoding,
 * HTML, NFC), so the text and its hash are known before deciding whether to process it.
 */
final class ReadArticle implements MapFunction<Row, Row> {
    private final long maxBytes;

    ReadArticle(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Row call(Row in) {
        String source = in.getString(0);
        String identifier = in.isNullAt(1) ? baseName(source) : in.getString(1);
        if (in.isNullAt(2)) {
            return rejected(source, identifier, in.getLong(3) > maxBytes
                    ? "file is larger than the size limit of " + maxBytes + " bytes" : "no text");
        }
        try {
            byte[] content = (byte[]) in.get(2);
            Article a = read(new ArticleReader(maxBytes), source, identifier, content);
            return RowFactory.create(source, identifier, content, JsonLdWriter.textHash(a.text()), JsonLdWriter.pageHash(a), null);
        } catch (ArticleRejected e) {
            return rejected(source, identifier, e.getMessage());
        }
    }

    private static Row rejected(String source, String identifier, String reason) {
        return RowFactory.create(source, identifier, null, null, null, reason);
    }

    /** Reads as the CLI reads the file the row came from (its extension says whether it is a page). */
    static Article read(ArticleReader reader, String source, String identifier, byte[] content) throws ArticleRejected {
        return reader.read(identifier, pathOf(source), content);
    }

    /** The file name without its extension, as the CLI names articles; Spark gives paths as URIs. */
    static String baseName(String source) {
        return FilenameUtils.getBaseName(pathOf(source));
    }

    private static String pathOf(String source) {
        try {
            URI uri = new URI(source);
            return uri.getPath() != null ? uri.getPath() : source;
        } catch (URISyntaxException e) {
            return source;
        }
    }
}
