package org.newsgraph.tokens;

import java.util.Set;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.pipeline.DeclaredStage;

/**
 * Tokens and sentences over the layout's content paragraphs only; sentences longer than
 * {@link SentenceCap#MAX_TOKENS} are cut so no later stage sees a longer one.
 */
public final class TokenizeStage extends DeclaredStage {
    private final Tokenizer tokenizer;

    public TokenizeStage(Tokenizer tokenizer) {
        super("tokens", Set.of(Layer.LAYOUT), Set.of(Layer.TOKENS));
        this.tokenizer = tokenizer;
    }

    @Override
    public Document process(Document document) {
        return document.withTokens(SentenceCap.cap(tokenizer.tokenize(document.text(), document.layout().content()), SentenceCap.MAX_TOKENS));
    }
}
