package org.newsgraph.attribution;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.resolution.Antecedents;
import org.newsgraph.resolution.MentionIndex;
import org.newsgraph.resolution.Speaker;

/**
 * Who said what in one document, by rule: the one entry point the quote stage calls. A marked
 * quote's speaker comes from its cue ({@link SpeakerFinder}), a transcript's label or a
 * headline's subject; reported speech without marks from {@link IndirectSpeech}. Names,
 * pronouns and descriptions are resolved to entities by the resolution package, over one
 * mention index for the document.
 */
public final class Attribution {
    private static final int MAX_LABEL_CHARS = 30;
    private final Document doc;
    private final Antecedents antecedents;
    private final SpeakerPhrases phrases;
    private final SpeakerFinder finder;
    private final IndirectSpeech indirect;

    public Attribution(Document doc, AttributionLexicon lexicon, Demonyms demonyms) {
        this.doc = doc;
        UnaryOperator<String> sexOfGivenName = demonyms.kbp() == null ? name -> null : demonyms.kbp()::genderOfGivenName;
        this.antecedents = new Antecedents(doc, new MentionIndex(doc), lexicon, sexOfGivenName);
        this.phrases = SpeakerPhrases.of(doc, lexicon, demonyms, antecedents);
        this.finder = new SpeakerFinder(doc, lexicon, phrases);
        this.indirect = new IndirectSpeech(doc, lexicon, phrases);
    }

    /** The speaker of the quote whose marks (with the quotation marks) are {@code marks}, or null. */
    public Speaker speakerOf(Span marks, Quote previous) {
        return finder.find(marks, previous);
    }

    /**
     * "“WALLACE: Let's start with …": a transcript line names its speaker in capitals before a
     * colon; the speaker is the person of that name when the article names one. Null when the
     * quoted words open with no such label.
     */
    public Speaker transcriptLabel(Span content) {
        String line = content.of(doc.text());
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > MAX_LABEL_CHARS || colon + 1 >= line.length() || !Character.isWhitespace(line.charAt(colon + 1))) {
            return null;
        }
        String name = line.substring(0, colon);
        String[] words = name.split(" ");
        if (words.length > 2 || !Arrays.stream(words).allMatch(AttributionLexicon::isTranscriptName)) {
            return null;
        }
        Span label = new Span(content.begin(), content.begin() + colon);
        Entity e = antecedents.entityNamed(name);
        return e != null ? new Speaker(label, e.name(), e.id(), null) : new Speaker(label, name, null, null);
    }

    /** Whose words a headline quotes when nothing attributes them: the label before its colon, or its subject. */
    public Speaker headlineSpeaker(Span marks) {
        Sentence s = doc.tokens().sentenceAt(marks.begin());
        if (s == null) {
            return null;
        }
        int quote = doc.tokens().tokenAtOrAfter(marks.begin()) - s.firstToken();
        return quote > 1 ? phrases.subjects().headlineSubject(doc.tokens().of(s), quote) : null;
    }

    /**
     * Resolves a speaker mention the learned ranker chose as the rules resolve theirs: a
     * pronoun to its antecedent, a description ("the judge") to the person it refers back to.
     */
    public MentionResolver resolver() {
        return (q, mention) -> {
            int i = doc.tokens().tokenAtOrAfter(mention.begin());
            Token first = doc.tokens().tokens().get(i);
            boolean pronoun = first.span().equals(mention) && doc.partsOfSpeech().tags().get(i).startsWith("PRP");
            Speaker s = pronoun ? antecedents.pronoun(first, q.cue(), null) : antecedents.description(mention, q.cue());
            return q.withSpeaker(q.cue(), mention, s.text(), s.entityId());
        };
    }

    /** Reported speech without quotation marks; {@code marked} are the marked quotes, whose attributions it leaves alone. */
    public List<Quote> reported(List<Quote> marked) {
        return indirect.find(marked);
    }
}
