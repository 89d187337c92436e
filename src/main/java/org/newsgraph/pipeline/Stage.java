package org.newsgraph.pipeline;

import java.util.Set;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;

/** One processing step over one document: declares the layers it needs and those it adds. */
public interface Stage {
    String name();

    Set<Layer> requires();

    Set<Layer> adds();

    /**
     * Returns the document with this stage's layers added.
     *
     * @throws ArticleSkipped when the article is deliberately not processed (e.g. not English)
     */
    Document process(Document document);
}
