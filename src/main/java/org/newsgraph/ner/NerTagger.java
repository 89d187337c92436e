package org.newsgraph.ner;

import java.util.List;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Tokens;

/** A statistical named-entity tagger: typed name spans for every sentence of the token layer. */
public interface NerTagger {
    List<NamedEntity> tag(String text, Tokens tokens);

    /** Labels one token sequence as given ("PER", "ORG", "LOC" or "O" per token). */
    List<String> labelTokens(List<String> words);
}
