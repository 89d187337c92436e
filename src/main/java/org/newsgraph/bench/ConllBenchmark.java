package org.newsgraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.eval.Prf;
import org.newsgraph.ner.NerTagger;

/**
 * CoNLL-2003 entity-level scoring of the NER tagger on the sentences and tokens as given:
 * PER, ORG and LOC (MISC ignored on both sides), exact span and type.
 */
public final class ConllBenchmark {
    private static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    public record Result(Map<String, Prf> perType, Prf overall, int sentences, int tokens, double seconds) {
    }

    public static Result run(Path file, NerTagger tagger, Path predictions) throws IOException {
        List<List<String[]>> sentences = read(file);
        Map<String, Prf> per = new LinkedHashMap<>();
        TYPES.forEach(t -> per.put(t, new Prf(0, 0, 0)));
        int tokens = 0;
        long t0 = System.nanoTime();
        BufferedWriter out = predictions == null ? null : Files.newBufferedWriter(predictions, StandardCharsets.UTF_8);
        try {
            for (List<String[]> s : sentences) {
                List<String> words = s.stream().map(r -> r[0]).toList();
                List<String> gold = s.stream().map(r -> r[r.length - 1]).toList();
                List<String> pred = tagger.labelTokens(words);
                tokens += words.size();
                Set<String> g = spans(gold, true), p = spans(pred, false);
                for (String type : TYPES) {
                    int tp = 0, fp = 0, fn = 0;
                    for (String x : p) {
                        if (x.endsWith(type)) {
                            if (g.contains(x)) {
                                tp++;
                            } else {
                                fp++;
                            }
                        }
                    }
                    for (String x : g) {
                        if (x.endsWith(type) && !p.contains(x)) {
                            fn++;
                        }
                    }
                    per.merge(type, new Prf(tp, fp, fn), Prf::plus);
                }
                if (out != null) {
                    writePredictions(out, words, pred);
                }
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
        Prf overall = per.values().stream().reduce(new Prf(0, 0, 0), Prf::plus);
        return new Result(per, overall, sentences.size(), tokens, (System.nanoTime() - t0) / 1e9);
    }

    /** The tagger's labels; its IO scheme merges same-type neighbours, so no B- label ever arises. */
    private static void writePredictions(BufferedWriter out, List<String> words, List<String> pred) throws IOException {
        for (int i = 0; i < words.size(); i++) {
            String l = pred.get(i);
            out.write(words.get(i) + "\t" + l + "\n");
        }
        out.write("\n");
    }

    /** "begin-end-TYPE" spans from IOB2 (gold) or IO (tagger) labels; MISC is ignored. */
    static Set<String> spans(List<String> labels, boolean iob) {
        Set<String> out = new HashSet<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= labels.size(); i++) {
            String l = i < labels.size() ? labels.get(i) : "O";
            String t = l.equals("O") ? null : l.substring(l.indexOf('-') + 1);
            boolean begins = t != null && (type == null || !t.equals(type) || iob && l.startsWith("B-"));
            if ((t == null || begins) && type != null) {
                if (TYPES.contains(type)) {
                    out.add(start + "-" + i + "-" + type);
                }
                type = null;
            }
            if (begins) {
                start = i;
                type = t;
            }
        }
        return out;
    }

    static List<List<String[]>> read(Path file) throws IOException {
        List<List<String[]>> out = new ArrayList<>();
        List<String[]> cur = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (!cur.isEmpty()) {
                    out.add(cur);
                    cur = new ArrayList<>();
                }
                continue;
            }
            cur.add(line.strip().split("\\s+"));
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }
}
