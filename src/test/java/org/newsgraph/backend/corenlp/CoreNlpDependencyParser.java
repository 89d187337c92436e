package org.newsgraph.backend.corenlp;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsgraph.syntax.Dependencies;

/**
 * CoreNLP's neural transition-based dependency parser (Chen and Manning 2014) with its English
 * Universal Dependencies model from the models jar. It reads words and tags only, so it runs on
 * the POS layer's output. A development harness's (ParseCache, SyntaxExperiment), not shipped: syntax
 * was measured for reported speech and did not pay (docs/attribution.md, seventh session).
 */
public final class CoreNlpDependencyParser {
    public static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    private final edu.stanford.nlp.parser.nndep.DependencyParser parser;

    public CoreNlpDependencyParser() {
        try {
            parser = edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(MODEL);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot load CoreNLP dependency model " + MODEL, e);
        }
    }

    /** The sentence's words and their Penn Treebank tags parsed. */
    public Dependencies parse(List<String> words, List<String> tags) {
        List<TaggedWord> sentence = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            sentence.add(new TaggedWord(words.get(i), tags.get(i)));
        }
        Integer[] heads = new Integer[words.size()];
        String[] relations = new String[words.size()];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "root");
        if (!words.isEmpty()) {
            GrammaticalStructure gs = parser.predict(sentence);
            for (TypedDependency d : gs.typedDependencies()) {
                int dep = d.dep().index() - 1; // CoreNLP counts words from 1, the root is 0
                heads[dep] = d.gov().index() - 1;
                relations[dep] = d.reln().toString();
            }
        }
        return new Dependencies(Arrays.asList(heads), Arrays.asList(relations));
    }
}
