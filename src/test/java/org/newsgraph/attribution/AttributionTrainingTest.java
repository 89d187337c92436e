package org.newsgraph.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.backend.opennlp.OpenNlpMaxent;
import org.newsgraph.backend.opennlp.OpenNlpTokenClassifier;
import org.newsgraph.bench.AttributionExperiment;
import org.newsgraph.config.LearnedModels;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.quotes.QuoteStage;

/** Training the attribution model on a hand-written three-article PolNeAR-format fixture. */
class AttributionTrainingTest {
    private static final Path FIXTURE = Path.of("src/test/resources/polnear-mini");
    private static List<AttributionExperiment.Article> articles;

    /** The shared test pipeline with its quote stage running the rules alone, as training sees them. */
    static Pipeline rulesOnly() {
        return new Pipeline(TestPipeline.get().stages().stream()
                .map(s -> s instanceof QuoteStage q ? q.rulesOnly() : s).toList());
    }

    @BeforeAll
    static void load() throws IOException {
        articles = AttributionExperiment.load(FIXTURE, rulesOnly(), 1, new PrintStream(OutputStream.nullOutputStream()));
    }

    private static byte[] train() throws IOException {
        AttributionModel m = AttributionExperiment.train(LearnedModels.attributionTrainer(true), articles, "fixture");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    @Test
    void everyAnnotatedArticleIsReadWithItsAttributions() {
        assertEquals(List.of("mini_council", "mini_storm", "mini_trade"), articles.stream().map(AttributionExperiment.Article::name).toList());
        List<GoldAttribution> council = articles.get(0).annotated().gold();
        assertEquals(5, council.size());
        assertEquals(2, council.stream().filter(GoldAttribution::direct).count(), "two quoted stretches, three reported");
        assertFalse(articles.get(0).annotated().rules().quotes().isEmpty(), "the rules propose candidates");
    }

    @Test
    void theSameDataGivesAByteIdenticalModel() throws IOException {
        byte[] first = train();
        byte[] second = train();
        assertTrue(first.length > 100);
        assertArrayEquals(first, second);
    }

    @Test
    void aWrittenModelReadsBackAndDecidesTheSame() throws IOException {
        AttributionModel trained = AttributionExperiment.train(LearnedModels.attributionTrainer(true), articles, "fixture");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        trained.write(out);
        AttributionModel read = AttributionModel.read(new ByteArrayInputStream(out.toByteArray()), OpenNlpMaxent.reader(),
                OpenNlpTokenClassifier.reader(), new org.newsgraph.attribution.AttributionLexicon()::wordClass);
        assertEquals("fixture", read.note());
        assertTrue(read.proposesReportedSpeech(), "the verb-proposal classifier is written and read back");
        for (AttributionExperiment.Article a : articles) {
            var doc = a.annotated().rules();
            assertEquals(trained.apply(doc, doc.quotes()), read.apply(doc, doc.quotes()), a.name());
        }
    }

    @Test
    void theVerbProposalsAreTrainedByTheirOwnLearner() {
        List<Integer> trained = new java.util.ArrayList<>();
        BinaryClassifier.Trainer recording = examples -> {
            trained.add(examples.size());
            return OpenNlpMaxent.trainer(10, 1).train(examples);
        };
        AttributionTrainer trainer = new AttributionTrainer(OpenNlpMaxent.trainer(10, 1), recording, null, new AttributionLexicon()::wordClass);
        assertTrue(AttributionExperiment.train(trainer, articles, "fixture").proposesReportedSpeech());
        assertEquals(1, trained.size(), "the proposals' learner trains the proposals' classifier and nothing else");
        assertTrue(trained.get(0) > 0);
    }

    @Test
    void aFileOfAnotherKindIsRefusedSayingWhatItIsNot() {
        IOException e = assertThrows(IOException.class, () -> AttributionModel.read(
                new ByteArrayInputStream("\u0000\u0005hello world".getBytes(StandardCharsets.UTF_8)), OpenNlpMaxent.reader(),
                OpenNlpTokenClassifier.reader(), w -> ""));
        assertTrue(e.getMessage().contains("not a newsgraph attribution model"), e.getMessage());
    }

    @Test
    void theShippedModelSaysWhatItWasTrainedOn() {
        assertTrue(LearnedModels.attribution().note().contains("polnear-train"), LearnedModels.attribution().note());
        assertTrue(LearnedModels.attribution().proposesReportedSpeech(), "the shipped model adds reported speech after verbs no rule took");
    }
}
