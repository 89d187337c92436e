package org.newsgraph.config;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.newsgraph.backend.corenlp.CoreNlpNerTagger;
import org.newsgraph.backend.corenlp.CoreNlpPosTagger;
import org.newsgraph.backend.corenlp.CoreNlpTokenizer;
import org.newsgraph.backend.opennlp.OpenNlpLanguageDetector;
import org.newsgraph.backend.opennlp.OpenNlpTokenizer;
import org.newsgraph.entities.EntityStage;
import org.newsgraph.layout.LayoutPatterns;
import org.newsgraph.layout.LayoutStage;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.ner.NerStage;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pos.PosStage;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.attribution.AttributionLexicon;
import org.newsgraph.quotes.QuoteStage;
import org.newsgraph.read.LanguageStage;
import org.newsgraph.relations.RelationStage;
import org.newsgraph.tokens.TokenizeStage;

/** Builds the configured pipeline, loading each model once and only for the stages that need it. */
public final class PipelineFactory {
    public static final String VERSION = "newsgraph-0.1";

    private PipelineFactory() {
    }

    public static Pipeline build(PipelineConfig config) {
        return build(config, true);
    }

    /** {@code learned} false: the quote stage runs its rules alone, as the attribution model is trained on. */
    public static Pipeline build(PipelineConfig config, boolean learned) {
        List<Stage> stages = new ArrayList<>();
        Demonyms demonyms = null;
        for (String name : config.stages()) {
            if (demonyms == null && List.of("ner", "entities", "relations", "quotes").contains(name)) {
                demonyms = new Demonyms(new KbpGazetteers()); // once per pipeline: the KBP lists take about half a second
            }
            stages.add(switch (name) {
                case "language" -> new LanguageStage(new OpenNlpLanguageDetector());
                case "layout" -> new LayoutStage(new LayoutPatterns());
                case "tokens" -> new TokenizeStage(config.tokenizer().equals("opennlp") ? new OpenNlpTokenizer() : new CoreNlpTokenizer());
                case "pos" -> new PosStage(new CoreNlpPosTagger());
                case "ner" -> nerStage(demonyms);
                case "entities" -> new EntityStage(demonyms);
                case "quotes" -> new QuoteStage(new AttributionLexicon(), demonyms, learned ? LearnedModels.attribution() : null);
                case "relations" -> new RelationStage(demonyms);
                default -> throw new IllegalArgumentException("unknown stage " + name);
            });
        }
        return new Pipeline(stages);
    }

    /** The ner stage with its tagger and rule files (also measured alone by {@code bench conll --corrected}). */
    public static NerStage nerStage(Demonyms demonyms) {
        return new NerStage(new CoreNlpNerTagger(), new Gazetteer(), demonyms, new WordList("not-names.txt"),
                new WordList("organization-heads.txt"));
    }

    /** The model files the configured stages load (class-path names), for reports such as serve's /v1/info. */
    public static List<String> modelFiles(PipelineConfig config) {
        List<String> out = new ArrayList<>();
        for (String name : config.stages()) {
            switch (name) {
                case "language" -> out.add(OpenNlpLanguageDetector.MODEL.substring(1));
                case "tokens" -> {
                    if (config.tokenizer().equals("opennlp")) {
                        out.add(OpenNlpTokenizer.SENTENCE_MODEL.substring(1));
                        out.add(OpenNlpTokenizer.TOKEN_MODEL.substring(1));
                    }
                }
                case "pos" -> out.add(CoreNlpPosTagger.MODEL);
                case "ner" -> out.add(CoreNlpNerTagger.MODEL);
                default -> { }
            }
        }
        for (String f : ModelFiles.ALL) {
            out.add("newsgraph/models/" + f);
        }
        return out;
    }

    /** The bytes of newsgraph's own code (its jar, or its class files), so a code change redoes articles. */
    private static byte[] codeFingerprint() {
        try {
            Path location = Path.of(PipelineFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isRegularFile(location)) {
                md.update(Files.readAllBytes(location));
            } else {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                        md.update(Files.readAllBytes(p));
                    }
                }
            }
            return md.digest();
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint newsgraph's code", e);
        }
    }

    /** Hash of everything that decides the output besides the text: version, stages, models. */
    public static String configHash(PipelineConfig config) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((VERSION + "|" + config.describe() + "|" + CoreNlpNerTagger.MODEL + "|" + CoreNlpPosTagger.MODEL + "|" + ModelFiles.fingerprint())
                    .getBytes(StandardCharsets.UTF_8));
            md.update(codeFingerprint());
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
