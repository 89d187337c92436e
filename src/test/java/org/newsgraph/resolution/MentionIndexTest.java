package org.newsgraph.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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

/** The mention at each token, from a hand-built document: no tagger runs. */
class MentionIndexTest {
    private static final String TEXT = "House Speaker Paul Ryan met Ryan . He said the Senate agreed .";

    private static Document document() {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : TEXT.split(" ")) {
            int b = TEXT.indexOf(w, at);
            tokens.add(new Token(new Span(b, b + w.length()), w));
            at = b + w.length();
        }
        List<Sentence> sentences = List.of(new Sentence(new Span(0, TEXT.indexOf(" He")), 0, 7),
                new Sentence(new Span(TEXT.indexOf("He"), TEXT.length()), 7, tokens.size()));
        Entity ryan = new Entity("e1", EntityType.PERSON, "Paul Ryan", List.of(),
                List.of(mention("Paul Ryan", 0, EntityType.PERSON), mention("Ryan", TEXT.indexOf("Ryan met") + 9, EntityType.PERSON)));
        Entity house = new Entity("e2", EntityType.ORGANIZATION, "House Speaker Paul Ryan", List.of(),
                List.of(mention("House Speaker Paul Ryan", 0, EntityType.ORGANIZATION)));
        Entity senate = new Entity("e3", EntityType.ORGANIZATION, "Senate", List.of(),
                List.of(mention("Senate", 0, EntityType.ORGANIZATION)));
        return new Document(new Article("t", TEXT, "UTF-8", false)).withTokens(new Tokens(tokens, sentences))
                .withEntities(new Entities(List.of(senate, ryan, house)));
    }

    private static NamedEntity mention(String words, int from, EntityType type) {
        int b = TEXT.indexOf(words, from);
        return new NamedEntity(new Span(b, b + words.length()), type, words);
    }

    @Test
    void eachTokenGetsTheFirstMentionInTextOrderThatHoldsIt() {
        Document doc = document();
        MentionIndex index = new MentionIndex(doc);
        List<Token> t = doc.tokens().tokens();
        // "House Speaker Paul Ryan" begins first, so it wins over "Paul Ryan" inside it
        assertEquals("House Speaker Paul Ryan", index.mention(index.mentionAt(t.get(2))).text());
        assertEquals("Ryan", index.mention(index.mentionAt(t.get(5))).text());
        assertEquals("e1", index.entityOf(index.mentionAt(t.get(5))).id());
        assertEquals(-1, index.mentionAt(t.get(4)), "met");
        assertEquals("Senate", index.mention(index.mentionAt(t.get(10))).text());
        assertEquals(-1, index.mentionAt(t.get(7)), "He");
    }

    @Test
    void aSpanThatIsNoTokenIsAnsweredByAScan() {
        Document doc = document();
        MentionIndex index = new MentionIndex(doc);
        int b = TEXT.indexOf("Paul");
        assertEquals("House Speaker Paul Ryan", index.mention(index.mentionAt(new Token(new Span(b, b + 2), "Pa"))).text());
        assertEquals(-1, index.mentionAt(new Token(new Span(TEXT.indexOf("met"), TEXT.indexOf("met") + 2), "me")));
    }

    @Test
    void spanIndexAnswersOverlapAndBackwardSearchStart() {
        SpanIndex spans = new SpanIndex(List.of(new Span(10, 20), new Span(0, 5), new Span(12, 14)));
        assertTrue(spans.overlapsAny(new Span(4, 6)));
        assertFalse(spans.overlapsAny(new Span(5, 10)));
        assertTrue(spans.overlapsAny(new Span(19, 30)));
        assertEquals(-1, spans.lastBeginningBefore(0));
        assertEquals(1, spans.lastBeginningBefore(11));
        assertEquals(20, spans.maxEndUpTo(2));
    }
}
