package org.newsgraph.attribution;

import java.util.Arrays;
import java.util.List;
import org.newsgraph.syntax.Dependencies;

/**
 * The dependency parses of a document's parsed sentences, indexed by document token: a token's
 * head (a document token, -1 for a sentence's root, -2 when its sentence was not parsed) and
 * relation. Only the sentences that may report something are parsed. Development harness
 * (SyntaxExperiment), not shipped.
 */
final class ClauseTree implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final int UNPARSED = -2;
    final int[] head;
    final String[] relation;

    ClauseTree(int tokens) {
        head = new int[tokens];
        relation = new String[tokens];
        Arrays.fill(head, UNPARSED);
    }

    void put(int first, Dependencies d) {
        for (int i = 0; i < d.size(); i++) {
            head[first + i] = d.head(i) < 0 ? -1 : first + d.head(i);
            relation[first + i] = d.relation(i);
        }
    }

    boolean parsed(int token) {
        return head[token] != UNPARSED;
    }

    /** The first dependent of {@code token} whose relation is one of {@code relations}, or -1. */
    int child(int token, List<String> relations) {
        for (int i = 0; i < head.length; i++) {
            if (head[i] == token && relations.contains(relation[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The tokens [first, end) that {@code token} dominates, itself included. */
    int[] subtree(int token) {
        int first = token, end = token + 1;
        for (int i = 0; i < head.length; i++) {
            if (dominates(token, i)) {
                first = Math.min(first, i);
                end = Math.max(end, i + 1);
            }
        }
        return new int[] {first, end};
    }

    boolean dominates(int top, int token) {
        for (int k = token, steps = 0; k >= 0 && steps < 200; k = head[k], steps++) {
            if (k == top) {
                return true;
            }
        }
        return false;
    }
}
