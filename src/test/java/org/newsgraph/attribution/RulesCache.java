package org.newsgraph.attribution;

import java.nio.file.Path;

/** Development harness (not a test): caches the rules' output over a PolNeAR folder for the reported-speech experiments. */
public final class RulesCache {
    public static void main(String[] args) throws Exception {
        for (int i = 0; i + 1 < args.length; i += 2) {
            long t0 = System.nanoTime();
            System.err.println(TaggerExperiment.load(Path.of(args[i]), Path.of(args[i + 1])).size() + " articles cached in "
                    + (System.nanoTime() - t0) / 1_000_000_000 + " s: " + args[i + 1]);
        }
    }
}
