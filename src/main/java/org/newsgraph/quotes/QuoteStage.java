package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.AttributionLexicon;
import org.newsgraph.attribution.AttributionModel;
import org.newsgraph.layout.Paragraphs;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.pipeline.DeclaredStage;
import org.newsgraph.resolution.Speaker;

/**
 * Quotations and their speakers: the stage that composes the three packages. Marked quotes are
 * found by {@link QuoteMarks}; names, titles and stage directions in quotation marks are dropped
 * by {@link QuoteFilters}. Each quote is classified direct or partial and attributed by
 * {@link Attribution} (which resolves pronouns and descriptions through the resolution
 * package); a quote with no cue of its own right after an attributed one continues it, and one
 * of a few words that nobody said is a scare quote and dropped. Reported speech without marks
 * ("Ivanov said that …", "according to X, …") is added as indirect, and the trained model, when
 * given, has the last word on speakers.
 */
public final class QuoteStage extends DeclaredStage {
    private final AttributionLexicon lexicon;
    private final Demonyms demonyms;
    private final AttributionModel learned;
    private final QuoteFilters filters = new QuoteFilters();

    public QuoteStage(AttributionLexicon lexicon, Demonyms demonyms) {
        this(lexicon, demonyms, null);
    }

    /** {@code learned}: the trained model that filters the rules' reported speech and re-ranks speakers; null for rules alone. */
    public QuoteStage(AttributionLexicon lexicon, Demonyms demonyms, AttributionModel learned) {
        super("quotes", Set.of(Layer.LAYOUT, Layer.TOKENS, Layer.POS, Layer.ENTITIES), Set.of(Layer.QUOTES));
        this.lexicon = lexicon;
        this.demonyms = demonyms;
        this.learned = learned;
    }

    /** The same stage without the learned model: the candidates the model is trained on. */
    public QuoteStage rulesOnly() {
        return new QuoteStage(lexicon, demonyms, null);
    }

    @Override
    public Document process(Document doc) {
        String text = doc.text();
        Attribution attribution = new Attribution(doc, lexicon, demonyms);
        List<Quote> quotes = new ArrayList<>();
        Quote previous = null;
        List<QuoteMarks.Stretch> stretches = QuoteMarks.find(text, doc.layout().content(), doc.layout().headline());
        Map<String, Long> bodyQuotes = QuoteFilters.bodyQuotes(doc, stretches);
        for (QuoteMarks.Stretch stretch : stretches) {
            if (filters.isNobodysWords(doc, stretch, bodyQuotes)) {
                continue;
            }
            Span content = stretch.content();
            Speaker speaker = attribution.transcriptLabel(content);
            if (speaker != null) {
                content = Paragraphs.trim(text, speaker.mention().end() + 1, content.end()); // past "WALLACE:"
                if (content == null) {
                    continue;
                }
            } else {
                speaker = attribution.speakerOf(stretch.marks(), previous);
            }
            boolean inHeadline = QuoteFilters.inHeadline(doc, stretch);
            if (speaker == null && inHeadline) {
                speaker = attribution.headlineSpeaker(stretch.marks());
            }
            int words = content.of(text).strip().split("\\s+").length;
            QuoteKind kind = kind(doc.tokens(), stretch);
            boolean scareLength = words <= QuoteFilters.MAX_SCARE_WORDS && kind == QuoteKind.PARTIAL;
            if (speaker == null && previous != null && previous.speakerText() != null
                    && (stretch.continuesFromPrevious() || !scareLength && followsClosely(doc.tokens(), previous, stretch))) {
                // a few words in the writer's own sentence ("Tea Party “super PACs”") continue nobody's quote
                speaker = new Speaker(previous.speakerMention(), previous.speakerText(), previous.speakerEntityId(), null);
            }
            if (speaker == null && words <= QuoteFilters.MAX_SCARE_WORDS && !inHeadline) {
                continue; // a scare quote: marks with no source (a headline's quote marks always quote somebody)
            }
            Quote q = new Quote(content, kind, null, null, null, null);
            if (speaker != null) {
                q = q.withSpeaker(speaker.cue(), speaker.mention(), speaker.text(), speaker.entityId());
            }
            quotes.add(q);
            previous = q;
        }
        quotes.addAll(attribution.reported(quotes));
        quotes.sort(java.util.Comparator.comparing(Quote::content));
        return doc.withQuotes(learned == null ? quotes : learned.apply(doc, quotes, attribution.resolver()));
    }

    /** The quote is the next sentence or paragraph after the previous quote, with nothing attributed between. */
    private static boolean followsClosely(Tokens tokens, Quote previous, QuoteMarks.Stretch stretch) {
        int prevSentence = tokens.sentenceIndexAt(previous.content().end() - 1);
        int thisSentence = tokens.sentenceIndexAt(stretch.content().begin());
        return prevSentence >= 0 && thisSentence >= 0 && thisSentence - prevSentence <= 2;
    }

    /** Partial when the quote is embedded in the writer's own clause after some of its words. */
    private static QuoteKind kind(Tokens tokens, QuoteMarks.Stretch stretch) {
        if (stretch.continuesFromPrevious()) {
            return QuoteKind.DIRECT;
        }
        Sentence s = tokens.sentenceAt(stretch.marks().begin());
        if (s == null) {
            return QuoteKind.DIRECT;
        }
        List<Token> before = new ArrayList<>();
        for (Token t : tokens.of(s)) {
            if (t.span().begin() >= stretch.marks().begin()) {
                break;
            }
            before.add(t);
        }
        if (before.isEmpty()) {
            return QuoteKind.DIRECT;
        }
        String last = before.get(before.size() - 1).word();
        boolean introduced = last.equals(",") || last.equals(":") || last.equals("—") || last.equals("-");
        return introduced || before.size() == 1 ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }
}
