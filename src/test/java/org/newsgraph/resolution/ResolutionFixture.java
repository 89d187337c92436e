package org.newsgraph.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;

/** Hand-built documents for the resolution tests: tokens, sentences and person entities, no tagger. */
final class ResolutionFixture {
    private ResolutionFixture() {
    }

    static final ReferenceWords WORDS = new ReferenceWords() {
        @Override
        public boolean isDocumentNoun(String word) {
            return false;
        }

        @Override
        public boolean isOrganizationHead(String word) {
            return false;
        }

        @Override
        public boolean isTitle(String word) {
            return false;
        }

        @Override
        public List<String> titles() {
            return List.of();
        }

        @Override
        public boolean isCue(String word) {
            return Set.of("said", "wrote").contains(word);
        }
    };

    /** Sentences of space-separated tokens, each ending with " ."; {@code people}: person names, each its own entity. */
    static Document document(String text, String... people) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int at = 0;
        int sentenceStart = 0;
        for (String w : text.split(" ")) {
            int b = text.indexOf(w, at);
            tokens.add(new Token(new Span(b, b + w.length()), w));
            at = b + w.length();
            if (w.equals(".")) {
                int first = sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).endToken();
                sentences.add(new Sentence(new Span(sentenceStart, at), first, tokens.size()));
                sentenceStart = at + 1;
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (String name : people) {
            int b = text.indexOf(name);
            NamedEntity m = new NamedEntity(new Span(b, b + name.length()), EntityType.PERSON, name);
            entities.add(new Entity("e" + entities.size(), EntityType.PERSON, name, List.of(), List.of(m)));
        }
        return new Document(new Article("t", text, "UTF-8", false)).withTokens(new Tokens(tokens, sentences))
                .withEntities(new Entities(entities));
    }

}
