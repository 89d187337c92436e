package org.newsgraph.tokens;

import java.util.Set;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.pipeline.Stage;

/** Tokens and sentences over the layout's content paragraphs only. */
public final class TokenizeStage implements Stage {
    private final Tokenizer tokenizer;

    public TokenizeStage(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    @Override
    public String name() {
        return "tokens";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.LAYOUT);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Document process(Document document) {
        return document.withTokens(tokenizer.tokenize(document.text(), document.layout().content()));
    }
}
