package org.newsgraph.syntax;

import java.util.List;

/**
 * A dependency parse of one sentence, free of any parser's types: per token (in sentence order)
 * the index of its head in the same sentence, or -1 for the root, and the relation to that head
 * (Universal Dependencies names: "nsubj", "ccomp", "nsubj:pass", …). Read by the development
 * harnesses of the syntax measurement only (docs/attribution.md, seventh session).
 */
public record Dependencies(List<Integer> heads, List<String> relations) {
    public Dependencies {
        heads = List.copyOf(heads);
        relations = List.copyOf(relations);
        if (heads.size() != relations.size()) {
            throw new IllegalArgumentException("a head and a relation per token: " + heads.size() + " heads, " + relations.size() + " relations");
        }
    }

    public int size() {
        return heads.size();
    }

    public int head(int token) {
        return heads.get(token);
    }

    public String relation(int token) {
        return relations.get(token);
    }
}
