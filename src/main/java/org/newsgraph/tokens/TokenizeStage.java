package org.newsgraph.tokens;

import java.util.Set;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.pipeline.DeclaredStage;

/** Tokens and sentences over the layout's content paragraphs only. */
public final class TokenizeStage extends DeclaredStage {
    private final Tokenizer tokenizer;

    public TokenizeStage(Tokenizer tokenizer) {
        super("tokens", Set.of(Layer.LAYOUT), Set.of(Layer.TOKENS));
        this.tokenizer = tokenizer;
    }

    @Override
    public Document process(Document document) {
        return document.withTokens(tokenizer.tokenize(document.text(), document.layout().content()));
    }
}
