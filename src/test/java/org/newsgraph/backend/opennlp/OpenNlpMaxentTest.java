package org.newsgraph.backend.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.attribution.BinaryClassifier;

/** Both maxent learners: they learn a separable toy decision, write, read back, and train deterministically. */
class OpenNlpMaxentTest {
    /** "says" with a person before it is yes; "operates" is no; the words around vary. */
    private static List<BinaryClassifier.Example> examples() {
        List<BinaryClassifier.Example> out = new ArrayList<>();
        String[] around = {"a", "b", "c", "d", "e"};
        for (String w : around) {
            out.add(new BinaryClassifier.Example(List.of("w=says", "src=person", "near=" + w), true));
            out.add(new BinaryClassifier.Example(List.of("w=operates", "src=thing", "near=" + w), false));
        }
        return out;
    }

    private static byte[] bytes(BinaryClassifier c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.write(out);
        return out.toByteArray();
    }

    private static void learnsWritesAndReads(BinaryClassifier.Trainer trainer) throws IOException {
        BinaryClassifier c = trainer.train(examples());
        List<String> yes = List.of("w=says", "src=person", "near=z");
        List<String> no = List.of("w=operates", "src=thing", "near=z");
        assertTrue(c.yes(yes) > 0.5 && c.yes(no) < 0.5, "the toy decision is learned");
        BinaryClassifier read = OpenNlpMaxent.reader().read(bytes(c));
        assertEquals(c.yes(yes), read.yes(yes), 1e-9);
        assertEquals(c.yes(no), read.yes(no), 1e-9);
        assertArrayEquals(bytes(c), bytes(trainer.train(examples())), "the same examples give the same bytes");
    }

    @Test
    void gisLearnsWritesAndReadsBack() throws IOException {
        learnsWritesAndReads(OpenNlpMaxent.trainer(50, 1));
    }

    @Test
    void quasiNewtonLearnsWritesAndReadsBack() throws IOException {
        learnsWritesAndReads(OpenNlpMaxent.quasiNewtonTrainer(50, 1, 0.5));
    }

    @Test
    void aStrongerL2CostPullsTheProbabilityTowardsOneHalf() {
        List<String> yes = List.of("w=says", "src=person", "near=z");
        double weak = OpenNlpMaxent.quasiNewtonTrainer(50, 1, 0.1).train(examples()).yes(yes);
        double strong = OpenNlpMaxent.quasiNewtonTrainer(50, 1, 10).train(examples()).yes(yes);
        assertTrue(weak > strong && strong > 0.5, weak + " then " + strong);
    }
}
