package org.newsgraph.model;

import java.util.List;

/**
 * One Penn Treebank part-of-speech tag per token of the token layer, in the same order. The
 * questions rules ask are here, so no rule spells out tag strings.
 */
public record PartsOfSpeech(List<String> tags) {
    public PartsOfSpeech {
        tags = List.copyOf(tags);
        for (String t : tags) {
            if (t == null || t.isBlank()) {
                throw new IllegalArgumentException("a part-of-speech tag is empty");
            }
        }
    }

    public String tag(int token) {
        return tags.get(token);
    }

    public boolean isVerb(int token) {
        return tags.get(token).startsWith("VB") || tags.get(token).equals("MD");
    }

    public boolean isNoun(int token) {
        return tags.get(token).startsWith("NN");
    }

    public boolean isProperNoun(int token) {
        return tags.get(token).startsWith("NNP");
    }
}
