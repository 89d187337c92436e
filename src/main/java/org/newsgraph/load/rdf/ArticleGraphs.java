package org.newsgraph.load.rdf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.load.ArticleRows;

/**
 * One article as RDF: its JSON-LD document expanded by Jena's JSON-LD 1.1 reader (the context is
 * embedded, nothing is fetched), in a named graph of its own, named after the article's key so that
 * a changed article (new text, so a new {@code @id}) replaces the same graph.
 */
final class ArticleGraphs {
    static final String GRAPH_PREFIX = "urn:newsgraph:graph:";

    private ArticleGraphs() {
    }

    /** {@code urn:newsgraph:graph:} and the key, every byte outside RFC 3986's unreserved set percent-encoded. */
    static Node graphName(String key) {
        StringBuilder b = new StringBuilder(GRAPH_PREFIX);
        for (byte x : key.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return NodeFactory.createURI(b.toString());
    }

    /**
     * Each article with its graph, in order. JSON-LD expansion is the slow part of an RDF load (about
     * 0.1 s an article), so chunks of articles are expanded on all cores while the caller stays single-threaded.
     */
    static void forEach(List<ArticleRows> articles, BiConsumer<ArticleRows, Graph> action) {
        int chunk = 4 * Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < articles.size(); i += chunk) {
            List<ArticleRows> part = articles.subList(i, Math.min(articles.size(), i + chunk));
            List<Graph> graphs = part.parallelStream().map(a -> toGraph(a.document())).toList();
            for (int j = 0; j < part.size(); j++) {
                action.accept(part.get(j), graphs.get(j));
            }
        }
    }

    static Graph toGraph(String document) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().fromString(document).lang(Lang.JSONLD11).parse(g);
        return g;
    }
}
