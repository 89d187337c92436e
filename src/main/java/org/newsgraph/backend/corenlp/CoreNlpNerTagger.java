package org.newsgraph.backend.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.ner.NerTagger;
import org.newsgraph.pipeline.WorkMeter;

/**
 * CoreNLP's CRF tagger with the three-class distributional-similarity model (PERSON,
 * ORGANIZATION, LOCATION): the types newsgraph outputs, without the fine-grained gazetteer,
 * numeric classifiers or SUTime that make CoreNLP's default {@code ner} six times slower.
 * CRFClassifier.classify keeps no state between calls, so one instance serves all threads.
 */
public final class CoreNlpNerTagger implements NerTagger {
    public static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    private final CRFClassifier<CoreLabel> crf;

    public CoreNlpNerTagger() {
        try {
            crf = CRFClassifier.getClassifier(MODEL);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load CoreNLP NER model " + MODEL, e);
        }
    }

    @Override
    public List<NamedEntity> tag(String text, Tokens tokens) {
        List<NamedEntity> out = new ArrayList<>();
        for (Sentence s : tokens.sentences()) {
            List<Token> sentence = tokens.of(s);
            WorkMeter.count(sentence.size());
            List<String> labels = labelTokens(sentence.stream().map(Token::word).toList());
            int i = 0;
            while (i < labels.size()) {
                EntityType type = type(labels.get(i));
                if (type == null) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < labels.size() && type(labels.get(j)) == type) {
                    j++;
                }
                Span span = new Span(sentence.get(i).span().begin(), sentence.get(j - 1).span().end());
                out.add(new NamedEntity(span, type, span.of(text)));
                i = j;
            }
        }
        return out;
    }

    @Override
    public List<String> labelTokens(List<String> words) {
        List<CoreLabel> labels = new ArrayList<>(words.size());
        for (String w : words) {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            l.setValue(w);
            l.setOriginalText(w);
            labels.add(l);
        }
        // classifySentence, unlike classify, computes the word shapes the model's features need.
        List<CoreLabel> classified = crf.classifySentence(labels);
        List<String> out = new ArrayList<>(classified.size());
        for (CoreLabel l : classified) {
            EntityType t = type(l.get(CoreAnnotations.AnswerAnnotation.class));
            out.add(t == null ? "O" : switch (t) {
                case PERSON -> "PER";
                case ORGANIZATION -> "ORG";
                case PLACE -> "LOC";
            });
        }
        return out;
    }

    private static EntityType type(String label) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "PERSON", "PER" -> EntityType.PERSON;
            case "ORGANIZATION", "ORG" -> EntityType.ORGANIZATION;
            case "LOCATION", "LOC" -> EntityType.PLACE;
            default -> null;
        };
    }
}
