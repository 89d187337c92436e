package org.newsgraph.pos;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.model.PartsOfSpeech;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.pipeline.DeclaredStage;
import org.newsgraph.pipeline.WorkMeter;

/** Part-of-speech tags for every token, sentence by sentence. */
public final class PosStage extends DeclaredStage {
    private final PosTagger tagger;

    public PosStage(PosTagger tagger) {
        super("pos", Set.of(Layer.TOKENS), Set.of(Layer.POS));
        this.tagger = tagger;
    }

    @Override
    public Document process(Document doc) {
        Tokens tokens = doc.tokens();
        List<String> tags = new ArrayList<>(tokens.tokens().size());
        for (Sentence s : tokens.sentences()) {
            List<String> words = tokens.of(s).stream().map(Token::word).toList();
            WorkMeter.count(words.size());
            List<String> sentenceTags = tagger.tag(words);
            if (sentenceTags.size() != words.size()) {
                throw new IllegalStateException("the tagger gave " + sentenceTags.size() + " tags for " + words.size() + " words");
            }
            tags.addAll(sentenceTags);
        }
        return doc.withPartsOfSpeech(new PartsOfSpeech(tags));
    }
}
