package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.attribution.AttributionModel;
import org.newsgraph.layout.Paragraphs;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.pipeline.DeclaredStage;
import org.newsgraph.resolution.Antecedents;
import org.newsgraph.resolution.Pronouns;
import org.newsgraph.resolution.Speaker;
import org.newsgraph.tokens.QuotationMarks;

/**
 * Quotations and their speakers. Marked quotes are found by {@link QuoteMarks}; names and
 * titles in quotation marks and unattributed scare quotes are dropped. Each quote is
 * classified direct or partial, attributed by {@link SpeakerFinder}, and a quote with no cue
 * of its own right after an attributed one continues it. Reported speech without marks
 * ("Ivanov said that …", "according to X, …") is extracted as indirect.
 */
public final class QuoteStage extends DeclaredStage {
    private static final int MAX_LABEL_CHARS = 30;
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "in", "on", "for", "a", "an", "to", "at", "by", "with");
    private static final int MAX_SCARE_WORDS = 3;
    private static final Pattern STAGE_DIRECTION = Pattern.compile("\\([A-Z][A-Z .,'-]*\\)\\.?");
    private final QuoteLexicon lexicon;
    private final Demonyms demonyms;
    private final AttributionModel learned;

    public QuoteStage(QuoteLexicon lexicon, Demonyms demonyms) {
        this(lexicon, demonyms, null);
    }

    /** {@code learned}: the trained model that filters the rules' reported speech and re-ranks speakers; null for rules alone. */
    public QuoteStage(QuoteLexicon lexicon, Demonyms demonyms, AttributionModel learned) {
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
        SpeakerPhrases phrases = new SpeakerPhrases(doc, lexicon, demonyms);
        SpeakerFinder finder = new SpeakerFinder(doc, lexicon, phrases);
        List<Quote> quotes = new ArrayList<>();
        Quote previous = null;
        List<QuoteMarks.Stretch> stretches = QuoteMarks.find(text, doc.layout().content(), doc.layout().headline());
        Map<String, Long> bodyQuotes = stretches.stream().filter(st -> !inHeadline(doc, st))
                .collect(Collectors.groupingBy(st -> String.join(" ", words(text, st)).toLowerCase(Locale.ROOT), Collectors.counting()));
        for (QuoteMarks.Stretch stretch : stretches) {
            if (isNameOrTitle(doc, stretch, bodyQuotes, inHeadline(doc, stretch) && (isSingleQuoted(text, stretch) || inTitleCaseHeadline(doc, stretch)))
                    || isStageDirection(text, stretch.content())) {
                continue;
            }
            Span content = stretch.content();
            Speaker speaker = transcriptLabel(text, content, phrases.antecedents());
            if (speaker != null) {
                content = Paragraphs.trim(text, speaker.mention().end() + 1, content.end()); // past "WALLACE:"
                if (content == null) {
                    continue;
                }
            } else {
                speaker = finder.find(stretch.marks(), previous);
            }
            if (speaker == null && inHeadline(doc, stretch)) {
                speaker = headlineSubject(doc, phrases, stretch);
            }
            int words = content.of(text).strip().split("\\s+").length;
            QuoteKind kind = kind(doc.tokens(), stretch);
            boolean scareLength = words <= MAX_SCARE_WORDS && kind == QuoteKind.PARTIAL;
            if (speaker == null && previous != null && previous.speakerText() != null
                    && (stretch.continuesFromPrevious() || !scareLength && followsClosely(doc.tokens(), previous, stretch))) {
                // a few words in the writer's own sentence ("Tea Party “super PACs”") continue nobody's quote
                speaker = new Speaker(previous.speakerMention(), previous.speakerText(), previous.speakerEntityId(), null);
            }
            if (speaker == null && words <= MAX_SCARE_WORDS && !inHeadline(doc, stretch)) {
                continue; // a scare quote: marks with no source (a headline's quote marks always quote somebody)
            }
            Quote q = new Quote(content, kind, null, null, null, null);
            if (speaker != null) {
                q = q.withSpeaker(speaker.cue(), speaker.mention(), speaker.text(), speaker.entityId());
            }
            quotes.add(q);
            previous = q;
        }
        quotes.addAll(new IndirectSpeech(doc, lexicon, phrases).find(quotes));
        quotes.sort(java.util.Comparator.comparing(Quote::content));
        return doc.withQuotes(learned == null ? quotes : learned.apply(doc, quotes));
    }

    /**
     * "“WALLACE: Let's start with …": a transcript line names its speaker in capitals before a
     * colon; the speaker is the person of that name when the article names one.
     */
    private static Speaker transcriptLabel(String text, Span content, Antecedents antecedents) {
        String line = content.of(text);
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > MAX_LABEL_CHARS || colon + 1 >= line.length() || !Character.isWhitespace(line.charAt(colon + 1))) {
            return null;
        }
        String name = line.substring(0, colon);
        String[] words = name.split(" ");
        if (words.length > 2 || !java.util.Arrays.stream(words).allMatch(QuoteLexicon::isTranscriptName)) {
            return null;
        }
        Span label = new Span(content.begin(), content.begin() + colon);
        Entity e = antecedents.entityNamed(name);
        return e != null ? new Speaker(label, e.name(), e.id(), null) : new Speaker(label, name, null, null);
    }

    /** The words between the marks, without punctuation other than apostrophes and hyphens. */
    private static String[] words(String text, QuoteMarks.Stretch stretch) {
        return words(stretch.content().of(text));
    }

    private static String[] words(String phrase) {
        return phrase.replaceAll("[\\p{P}&&[^'’-]]", " ").strip().split("\\s+");
    }

    /** No words of the writer's before the opening mark in its sentence. */
    private static boolean opensSentence(Tokens tokens, QuoteMarks.Stretch stretch) {
        Sentence s = tokens.sentenceAt(stretch.marks().begin());
        return s != null && tokens.of(s).get(0).span().end() > stretch.marks().begin();
    }

    /** "(CROSSTALK.)", "(APPLAUSE)": a transcript's note of what happened, not anybody's words. */
    private static boolean isStageDirection(String text, Span content) {
        return STAGE_DIRECTION.matcher(content.of(text)).matches();
    }

    /**
     * "Known as the “Summit of …”", a quoted Title Case phrase or a markup attribute: a name, not
     * somebody's words. {@code headlineQuote}: a headline's single-quoted words, or any in a Title
     * Case headline, whose capitals say nothing about names.
     */
    private boolean isNameOrTitle(Document doc, QuoteMarks.Stretch stretch, Map<String, Long> bodyQuotes, boolean headlineQuote) {
        String text = doc.text();
        if (stretch.marks().begin() > 0 && text.charAt(stretch.marks().begin() - 1) == '=') {
            return true; // author="…": an attribute value of markup left in the text
        }
        int from = Math.max(0, stretch.marks().begin() - 40);
        String before = text.substring(from, stretch.marks().begin());
        if (lexicon.introducesName(before)) {
            return true;
        }
        String[] words = words(text, stretch);
        if (words.length == 1 && Pronouns.PERSON.contains(words[0].toLowerCase(Locale.ROOT))) {
            return true; // a word talked about, not said: why vote for him, unless "she" is a "he"?
        }
        String quoted = stretch.content().of(text).strip();
        boolean exclaimed = quoted.endsWith("!") || quoted.endsWith("?");
        if (words.length <= MAX_SCARE_WORDS && !headlineQuote && !exclaimed && capitalised(words)
                && bodyQuotes.getOrDefault(String.join(" ", words).toLowerCase(Locale.ROOT), 0L) >= 2) {
            return true; // a film or a programme the article keeps naming: "13th", "Politicking"
        }
        boolean ownSentence = !isSingleQuoted(text, stretch) && opensSentence(doc.tokens(), stretch);
        if (words.length > 8 || words.length == 1 || headlineQuote || ownSentence) {
            // one capitalised word ("Hopefully," "Bobby!"), a headline's quote, or a sentence of
            // its own (“The Donald. Big Daddy.”) says nothing about names
            return false;
        }
        return capitalised(words);
    }

    /** Every word capitalised (or a number), but for small words such as "of" and "the". */
    private static boolean capitalised(String[] words) {
        for (String w : words) {
            if (!w.isEmpty() && !SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(w.charAt(0))
                    && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static Speaker headlineSubject(Document doc, SpeakerPhrases phrases, QuoteMarks.Stretch stretch) {
        Sentence s = doc.tokens().sentenceAt(stretch.marks().begin());
        if (s == null) {
            return null;
        }
        int quote = doc.tokens().tokenAtOrAfter(stretch.marks().begin()) - s.firstToken();
        return quote > 1 ? phrases.headlineSubject(doc.tokens().of(s), quote) : null;
    }

    private static boolean inHeadline(Document doc, QuoteMarks.Stretch stretch) {
        return doc.layout().headline() != null && doc.layout().headline().contains(stretch.marks());
    }

    /** Headlines quote in single marks ("Obama Sees 'Personal Insult' if …"), whatever the case of the words. */
    private static boolean isSingleQuoted(String text, QuoteMarks.Stretch stretch) {
        char mark = text.charAt(stretch.marks().begin());
        return mark == '‘' || mark == '\'' && QuotationMarks.doubleMarkLength(text, stretch.marks().begin()) == 0;
    }

    /** "Hillary Clinton Speaks ‘Directly To White People’ After …": a headline with every word capitalised. */
    private static boolean inTitleCaseHeadline(Document doc, QuoteMarks.Stretch stretch) {
        String[] words = words(doc.layout().headline().of(doc.text()));
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).count();
        return words.length >= 4 && capitalised >= words.length - 1;
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
