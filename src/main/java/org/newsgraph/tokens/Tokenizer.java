package org.newsgraph.tokens;

import java.util.List;
import org.newsgraph.model.Span;
import org.newsgraph.model.Tokens;

/** Splits the given paragraphs of a text into tokens and sentences; no sentence crosses a paragraph. */
public interface Tokenizer {
    Tokens tokenize(String text, List<Span> paragraphs);
}
