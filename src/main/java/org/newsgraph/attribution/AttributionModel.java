package org.newsgraph.attribution;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;

/**
 * The learned part of attribution, applied to what the rules propose: a token tagger adds the
 * reported speech the rules miss ({@link ReportedTagger}), a classifier keeps or drops each
 * reported-speech candidate, and a ranker chooses each attributed quote's speaker among the
 * rules' choice and the people and organisations named around the quote.
 */
public final class AttributionModel {
    static final String MAGIC = "newsgraph-attribution-model 2";
    /** The first format: filter and ranker, no tagger (still read: a model without a tagger is written in it). */
    static final String MAGIC_1 = "newsgraph-attribution-model 1";
    private final BinaryClassifier reported;
    private final BinaryClassifier speaker;
    private final ReportedTagger tagger;
    private final UnaryOperator<String> wordClass;
    private final double threshold;
    private final String note;

    AttributionModel(BinaryClassifier reported, BinaryClassifier speaker, ReportedTagger tagger, UnaryOperator<String> wordClass,
                     double threshold, String note) {
        this.reported = reported;
        this.speaker = speaker;
        this.tagger = tagger;
        this.wordClass = wordClass;
        this.threshold = threshold;
        this.note = note;
    }

    /** What the model was trained on and how, as written into the file. */
    public String note() {
        return note;
    }

    public double threshold() {
        return threshold;
    }

    /** The same classifiers keeping reported speech from probability {@code t} on. */
    public AttributionModel withThreshold(double t) {
        return new AttributionModel(reported, speaker, tagger, wordClass, t, note);
    }

    public AttributionModel withNote(String newNote) {
        return new AttributionModel(reported, speaker, tagger, wordClass, threshold, newNote);
    }

    /** The same model without its tagger: the rules' reported speech alone, filtered and re-ranked. */
    public AttributionModel withoutTagger() {
        return new AttributionModel(reported, speaker, null, wordClass, threshold, note);
    }

    /** The rules' quotes of {@code doc} with the tagger's reported speech, reported speech filtered and speakers re-ranked. */
    public List<Quote> apply(Document doc, List<Quote> rules) {
        return apply(doc, rules, MentionResolver.asWritten(doc.text()));
    }

    /** As {@link #apply(Document, List)}, a ranker's unnamed speaker mention resolved by {@code resolver}. */
    public List<Quote> apply(Document doc, List<Quote> rules, MentionResolver resolver) {
        List<Quote> proposed = rules;
        if (tagger != null) {
            TokenTable table = new TokenTable(doc, rules, wordClass);
            proposed = tagger.merge(table, tagger.tag(table), rules);
        }
        TokenView v = new TokenView(doc);
        SpeakerCandidates candidates = new SpeakerCandidates(v, wordClass);
        OtherQuotes others = new OtherQuotes(v, proposed);
        List<Quote> out = new ArrayList<>();
        for (Quote q : proposed) {
            if (q.kind() == QuoteKind.INDIRECT && reported.yes(ReportedFeatures.of(v, q, others)) < threshold) {
                continue;
            }
            out.add(SpeakerRanker.rerank(speaker, v, candidates, q, others, resolver));
        }
        return out;
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(tagger == null ? MAGIC_1 : MAGIC);
        data.writeUTF(note);
        data.writeDouble(threshold);
        for (BinaryClassifier c : List.of(reported, speaker)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            c.write(bytes);
            data.writeInt(bytes.size());
            bytes.writeTo(data);
        }
        if (tagger != null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            tagger.classifier().write(bytes);
            data.writeInt(bytes.size());
            bytes.writeTo(data);
        }
        data.flush();
    }

    /**
     * Reads a model written by {@link #write}; a file of another kind is refused with what it is not.
     * {@code wordClass} gives a word's class in the attribution word lists, as in training.
     */
    public static AttributionModel read(InputStream in, BinaryClassifier.Reader reader, TokenClassifier.Reader tokens,
                                        UnaryOperator<String> wordClass) throws IOException {
        DataInputStream data = new DataInputStream(in);
        String magic = data.readUTF();
        if (!MAGIC.equals(magic) && !MAGIC_1.equals(magic)) {
            throw new IOException("not a newsgraph attribution model (expected header '" + MAGIC + "')");
        }
        String note = data.readUTF();
        double threshold = data.readDouble();
        BinaryClassifier reported = reader.read(data.readNBytes(data.readInt()));
        BinaryClassifier speaker = reader.read(data.readNBytes(data.readInt()));
        ReportedTagger tagger = MAGIC_1.equals(magic) ? null : new ReportedTagger(tokens.read(data.readNBytes(data.readInt())));
        return new AttributionModel(reported, speaker, tagger, wordClass, threshold, note);
    }
}
