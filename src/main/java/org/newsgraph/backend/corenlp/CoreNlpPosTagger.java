package org.newsgraph.backend.corenlp;

import edu.stanford.nlp.ling.SentenceUtils;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.List;
import org.newsgraph.pos.PosTagger;

/**
 * CoreNLP's left-3-words maximum-entropy tagger (Penn Treebank tags, trained on news). Each
 * tagSentence call tags in its own state, so one instance serves all threads, as CoreNLP's own
 * multi-threaded POS annotator shares it.
 */
public final class CoreNlpPosTagger implements PosTagger {
    public static final String MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    private final MaxentTagger tagger;

    public CoreNlpPosTagger() {
        try {
            tagger = new MaxentTagger(MODEL);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot load CoreNLP POS model " + MODEL, e);
        }
    }

    @Override
    public List<String> tag(List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<TaggedWord> tagged = tagger.tagSentence(SentenceUtils.toWordList(words.toArray(new String[0])));
        return tagged.stream().map(TaggedWord::tag).toList();
    }
}
