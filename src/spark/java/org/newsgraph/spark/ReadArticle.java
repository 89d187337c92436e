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
            Article a = new ArticleReader(maxBytes).read(identifier, content);
            return RowFactory.create(source, identifier, content, JsonLdWriter.textHash(a.text()), null);
        } catch (ArticleRejected e) {
            return rejected(source, identifier, e.getMessage());
        }
    }

    private static Row rejected(String source, String identifier, String reason) {
        return RowFactory.create(source, identifier, null, null, reason);
    }

    /** The file name without its extension, as the CLI names articles; Spark gives paths as URIs. */
    static String baseName(String source) {
        String path;
        try {
            URI uri = new URI(source);
            path = uri.getPath() != null ? uri.getPath() : source;
        } catch (URISyntaxException e) {
            path = source;
        }
        return FilenameUtils.getBaseName(path);
    }
}
