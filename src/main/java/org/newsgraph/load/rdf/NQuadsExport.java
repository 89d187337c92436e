package org.newsgraph.load.rdf;

import java.io.OutputStream;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.load.ArticleRows;

/**
 * The quads {@code load --into tdb2:} stores, as N-Quads: each article's triples in its named graph,
 * so that any triple store can bulk-load the same data. Blank node labels are unique in the file.
 */
public final class NQuadsExport {
    private NQuadsExport() {
    }

    /** Writes the articles' quads in order; returns how many were written. */
    public static long write(List<ArticleRows> articles, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        long[] n = {0};
        stream.start();
        ArticleGraphs.forEach(articles, (a, g) -> {
            Node name = ArticleGraphs.graphName(a.key());
            g.find().forEachRemaining(t -> {
                stream.quad(Quad.create(name, t));
                n[0]++;
            });
        });
        stream.finish();
        return n[0];
    }
}
