package org.newsgraph.attribution;

import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.newsgraph.backend.corenlp.CoreNlpDependencyParser;
import org.newsgraph.model.*;

/**
 * Development harness (not a test): parses, per cached article, the sentences that hold a verb
 * proposal or a rule's reported statement, and caches the parses by article text. Args: trainDir
 * trainCache devDir devCache ... then the parse cache file of each (pairs + file).
 */
public final class ParseCache {
    static Map<String, ClauseTree> load(List<TaggerExperiment.Item> items, Path file) throws Exception {
        if (Files.exists(file)) {
            try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                @SuppressWarnings("unchecked") Map<String, ClauseTree> m = (Map<String, ClauseTree>) in.readObject();
                return m;
            }
        }
        long t0 = System.nanoTime();
        CoreNlpDependencyParser parser = new CoreNlpDependencyParser();
        System.err.printf("parser loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        Map<String, ClauseTree> out = new HashMap<>();
        long words = 0, all = 0, nanos = 0;
        for (TaggerExperiment.Item it : items) {
            TokenTable t = it.table();
            all += t.size();
            boolean[] wanted = new boolean[t.sentenceFirst.length];
            for (ReportedCues.Proposal p : ReportedCues.proposals(t)) wanted[t.sentence[p.cue()]] = true;
            for (int i = 0; i < t.size(); i++) if (t.rule[i] == TokenTable.RULE_REPORTED || t.rule[i] == TokenTable.RULE_CUE) wanted[t.sentence[i]] = true;
            ClauseTree tree = new ClauseTree(t.size());
            for (int s = 0; s < wanted.length; s++) {
                if (!wanted[s]) continue;
                int first = t.sentenceFirst[s], end = Math.min(t.size(), t.sentenceEnd[s]);
                long a = System.nanoTime();
                List<String> ws = new ArrayList<>();
                for (int k = first; k < end; k++) ws.add(t.text.substring(t.begin[k], t.end[k]));
                tree.put(first, parser.parse(ws, Arrays.asList(t.tags).subList(first, end)));
                nanos += System.nanoTime() - a;
                words += end - first;
            }
            out.put(it.text(), tree);
        }
        System.err.printf("parsed %d of %d tokens in %.1f s: %.0f tokens/s%n", words, all, nanos / 1e9, words / (nanos / 1e9));
        try (ObjectOutputStream o = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) { o.writeObject(out); }
        return out;
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i + 2 < args.length; i += 3) {
            load(TaggerExperiment.load(Path.of(args[i]), Path.of(args[i + 1])), Path.of(args[i + 2]));
        }
    }
}
