package org.newsgraph.pos;

import java.util.List;

/** A part-of-speech tagger: one Penn Treebank tag for each word of one sentence. */
public interface PosTagger {
    List<String> tag(List<String> words);
}
