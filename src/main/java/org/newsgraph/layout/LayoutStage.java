package org.newsgraph.layout;

import java.util.Set;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Layout;
import org.newsgraph.model.PageMetadata;
import org.newsgraph.pipeline.DeclaredStage;

/**
 * Finds the parts of an online news page pasted as text: caption and credit, headline,
 * standfirst, byline, date lines, dateline agency, copyright line and page furniture. Only
 * headline, standfirst, the first caption and body paragraphs go to later stages; the passes
 * over the paragraphs are in {@link PageAnalysis}.
 */
public final class LayoutStage extends DeclaredStage {
    private final LayoutPatterns patterns;

    public LayoutStage(LayoutPatterns patterns) {
        super("layout", Set.of(), Set.of(Layer.LAYOUT));
        this.patterns = patterns;
    }

    @Override
    public Document process(Document document) {
        PageMetadata page = document.article().page();
        return document.withLayout(PageFirst.merge(new PageAnalysis(document.text(), page, patterns).run(), page));
    }

    Layout analyse(String text) {
        return PageFirst.merge(new PageAnalysis(text, null, patterns).run(), null);
    }
}
