package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.pos.PosTagger;

/**
 * The whole ner stage (the statistical tagger and every correction of {@link NerStage}) as a
 * tagger of given tokens, so a benchmark of tokenised sentences (CoNLL-2003) measures the
 * corrections too and not only the statistical model.
 */
public final class CorrectedNerTagger implements NerTagger {
    private final NerStage stage;
    private final PosTagger pos;

    public CorrectedNerTagger(NerStage stage, PosTagger pos) {
        this.stage = stage;
        this.pos = pos;
    }

    @Override
    public List<NamedEntity> tag(String text, Tokens tokens) {
        return stage.mentions(text, tokens, null);
    }

    @Override
    public List<String> labelTokens(List<String> words) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>(words.size());
        for (String w : words) {
            if (text.length() > 0) {
                text.append(' ');
            }
            tokens.add(new Token(new Span(text.length(), text.length() + w.length()), w));
            text.append(w);
        }
        List<String> labels = new ArrayList<>(words.size());
        words.forEach(w -> labels.add("O"));
        if (words.isEmpty()) {
            return labels;
        }
        Tokens ts = new Tokens(tokens, List.of(new Sentence(new Span(0, text.length()), 0, tokens.size())));
        for (NamedEntity m : stage.mentions(text.toString(), ts, pos.tag(words))) {
            String label = m.type() == EntityType.PERSON ? "PER" : m.type() == EntityType.ORGANIZATION ? "ORG" : "LOC";
            for (int i = 0; i < tokens.size(); i++) {
                if (m.span().contains(tokens.get(i).span())) {
                    labels.set(i, label);
                }
            }
        }
        return labels;
    }
}
