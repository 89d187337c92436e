package org.newsgraph.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.resolution.ResolutionFixture.WORDS;
import static org.newsgraph.resolution.ResolutionFixture.document;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Document;
import org.newsgraph.model.Token;

/** "he" and "she" as speakers pass over a person whose given name says the other sex; hand-built documents, no tagger. */
class PronounSexTest {
    /** A stand-in for CoreNLP's given-name list. */
    private static final Map<String, String> GIVEN_NAMES = Map.of("Phyllis", "FEMALE", "Donald", "MALE");

    /** The entity name the pronoun {@code word} (its last occurrence) resolves to as a speaker. */
    private static String speakerOf(Document doc, String word) {
        Antecedents antecedents = new Antecedents(doc, new MentionIndex(doc), WORDS, name -> GIVEN_NAMES.get(name.split(" ")[0]));
        Token pronoun = doc.tokens().tokens().stream().filter(t -> t.word().equals(word)).reduce((a, b) -> b).orElseThrow();
        return antecedents.pronoun(pronoun, null, null).text();
    }

    @Test
    void sheIsTheWomanOfTheSentenceBeforeNotItsFirstName() {
        Document doc = document("Noting that Reagan won , Phyllis Schlafly praised him . “ We win , ” she wrote .", "Reagan", "Phyllis Schlafly");
        assertEquals("Phyllis Schlafly", speakerOf(doc, "she"));
    }

    @Test
    void sheIsNoManWhoseGivenNameSaysSo() {
        Document doc = document("Donald Trump met Harrison . “ It was sad , ” she said .", "Donald Trump", "Harrison");
        assertEquals("Harrison", speakerOf(doc, "she"));
    }

    @Test
    void heStaysTheSubjectOfUnknownSexOverAKnownMan() {
        Document doc = document("Bush went after Donald Trump . “ He is chaos , ” he said .", "Bush", "Donald Trump");
        assertEquals("Bush", speakerOf(doc, "he"));
    }
}
