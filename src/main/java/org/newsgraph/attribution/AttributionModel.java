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
 * The learned part of attribution, applied to what the rules propose: a classifier over the
 * verbs no rule read as cues adds the reported speech the rules miss ({@link ReportedCues}), a
 * token tagger may add more ({@link ReportedTagger}, not shipped), a classifier keeps or drops
 * each reported-speech candidate, and a ranker chooses each attributed quote's speaker among the
 * rules' choice and the people and organisations named around the quote.
 */
public final class AttributionModel {
    static final String MAGIC = "newsgraph-attribution-model 3";
    /** The second format: filter, ranker and tagger, no verb-proposal classifier (still read). */
    static final String MAGIC_2 = "newsgraph-attribution-model 2";
    /** The first format: filter and ranker, no tagger (still read: a model without a tagger is written in it). */
    static final String MAGIC_1 = "newsgraph-attribution-model 1";
    private final BinaryClassifier reported;
    private final BinaryClassifier speaker;
    private final ReportedTagger tagger;
    private final BinaryClassifier cues;
    private final double cueThreshold;
    private final UnaryOperator<String> wordClass;
    private final double threshold;
    private final String note;

    AttributionModel(BinaryClassifier reported, BinaryClassifier speaker, ReportedTagger tagger, BinaryClassifier cues, double cueThreshold,
                     UnaryOperator<String> wordClass, double threshold, String note) {
        this.reported = reported;
        this.speaker = speaker;
        this.tagger = tagger;
        this.cues = cues;
        this.cueThreshold = cueThreshold;
        this.wordClass = wordClass;
        this.threshold = threshold;
        this.note = note;
    }

    /** What the model was trained on and how, as written into the file. */
    public String note() {
        return note;
    }

    /** Whether the model adds reported speech after verbs no rule took ({@link ReportedCues}). */
    public boolean proposesReportedSpeech() {
        return cues != null;
    }

    public double threshold() {
        return threshold;
    }

    /** The same classifiers keeping reported speech from probability {@code t} on. */
    public AttributionModel withThreshold(double t) {
        return new AttributionModel(reported, speaker, tagger, cues, cueThreshold, wordClass, t, note);
    }

    public AttributionModel withNote(String newNote) {
        return new AttributionModel(reported, speaker, tagger, cues, cueThreshold, wordClass, threshold, newNote);
    }

    /** The same model without its tagger: the rules' reported speech alone, filtered and re-ranked. */
    public AttributionModel withoutTagger() {
        return new AttributionModel(reported, speaker, null, cues, cueThreshold, wordClass, threshold, note);
    }

    /** The rules' quotes of {@code doc} with the tagger's reported speech, reported speech filtered and speakers re-ranked. */
    public List<Quote> apply(Document doc, List<Quote> rules) {
        return apply(doc, rules, MentionResolver.asWritten(doc.text()));
    }

    /** As {@link #apply(Document, List)}, a ranker's unnamed speaker mention resolved by {@code resolver}. */
    public List<Quote> apply(Document doc, List<Quote> rules, MentionResolver resolver) {
        List<Quote> proposed = rules;
        int fromVerbs = Integer.MAX_VALUE; // the verb proposals are appended after the rules' (and the tagger's) quotes
        if (tagger != null || cues != null) {
            TokenTable table = new TokenTable(doc, rules, wordClass);
            if (tagger != null) {
                proposed = tagger.merge(table, tagger.tag(table), rules);
            }
            if (cues != null) {
                fromVerbs = proposed.size();
                proposed = ReportedCues.add(cues, table, proposed, cueThreshold);
            }
        }
        TokenView v = new TokenView(doc);
        SpeakerCandidates candidates = new SpeakerCandidates(v, wordClass);
        OtherQuotes others = new OtherQuotes(v, proposed);
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < proposed.size(); i++) {
            Quote q = proposed.get(i);
            if (q.kind() == QuoteKind.INDIRECT && reported.yes(ReportedFeatures.of(v, q, others)) < threshold) {
                continue;
            }
            out.add(SpeakerRanker.rerank(speaker, v, candidates, q, others, resolver, i >= fromVerbs));
        }
        return out;
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(MAGIC);
        data.writeUTF(note);
        data.writeDouble(threshold);
        writeClassifier(data, reported);
        writeClassifier(data, speaker);
        data.writeBoolean(tagger != null);
        if (tagger != null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            tagger.classifier().write(bytes);
            data.writeInt(bytes.size());
            bytes.writeTo(data);
        }
        data.writeBoolean(cues != null);
        if (cues != null) {
            data.writeDouble(cueThreshold);
            writeClassifier(data, cues);
        }
        data.flush();
    }

    private static void writeClassifier(DataOutputStream data, BinaryClassifier c) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        c.write(bytes);
        data.writeInt(bytes.size());
        bytes.writeTo(data);
    }

    /**
     * Reads a model written by {@link #write}; a file of another kind is refused with what it is not.
     * {@code wordClass} gives a word's class in the attribution word lists, as in training.
     */
    public static AttributionModel read(InputStream in, BinaryClassifier.Reader reader, TokenClassifier.Reader tokens,
                                        UnaryOperator<String> wordClass) throws IOException {
        DataInputStream data = new DataInputStream(in);
        String magic = data.readUTF();
        if (!MAGIC.equals(magic) && !MAGIC_2.equals(magic) && !MAGIC_1.equals(magic)) {
            throw new IOException("not a newsgraph attribution model (expected header '" + MAGIC + "')");
        }
        String note = data.readUTF();
        double threshold = data.readDouble();
        BinaryClassifier reported = reader.read(data.readNBytes(data.readInt()));
        BinaryClassifier speaker = reader.read(data.readNBytes(data.readInt()));
        boolean hasTagger = MAGIC_2.equals(magic) || MAGIC.equals(magic) && data.readBoolean();
        ReportedTagger tagger = hasTagger ? new ReportedTagger(tokens.read(data.readNBytes(data.readInt()))) : null;
        BinaryClassifier cues = null;
        double cueThreshold = 1;
        if (MAGIC.equals(magic) && data.readBoolean()) {
            cueThreshold = data.readDouble();
            cues = reader.read(data.readNBytes(data.readInt()));
        }
        return new AttributionModel(reported, speaker, tagger, cues, cueThreshold, wordClass, threshold, note);
    }
}
