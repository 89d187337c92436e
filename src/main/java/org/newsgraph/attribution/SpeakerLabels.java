package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.resolution.Antecedents;
import org.newsgraph.resolution.MentionIndex;
import org.newsgraph.resolution.Speaker;
import org.newsgraph.tokens.QuotationMarks;

/**
 * "- Bolton boss Sam Allardyce: “…”": a paragraph that opens with a label naming the speaker and
 * then the quote, no verb between (match reports, interview digests). The label is a dash or a
 * colon around a noun phrase that ends in a person's name; with no verb of saying to read, the
 * cue rules find nothing there, and the neighbours they fall back on name the club, not the person.
 */
final class SpeakerLabels {
    private static final int MAX_LABEL_TOKENS = 10;
    private final String text;
    private final Tokens tokens;
    private final List<String> tags;
    private final Antecedents antecedents;
    private final MentionIndex mentions;

    SpeakerLabels(Document doc, Antecedents antecedents) {
        this.text = doc.text();
        this.tokens = doc.tokens();
        this.tags = doc.partsOfSpeech().tags();
        this.antecedents = antecedents;
        this.mentions = antecedents.mentions();
    }

    /** The person the label before the quote's opening mark names, or null when the paragraph opens otherwise. */
    Speaker of(Span marks) {
        int lineStart = text.lastIndexOf('\n', marks.begin() - 1) + 1;
        List<Integer> label = new ArrayList<>();
        for (int i = tokens.tokenAtOrAfter(lineStart); i >= 0 && i < tokens.tokens().size()
                && tokens.tokens().get(i).span().end() <= marks.begin(); i++) {
            label.add(i);
        }
        boolean dashed = !label.isEmpty() && isDash(word(label.get(0)));
        if (dashed) {
            label.remove(0);
        }
        boolean colon = !label.isEmpty() && word(label.get(label.size() - 1)).equals(":");
        Span cue = null;
        if (colon) {
            cue = tokens.tokens().get(label.remove(label.size() - 1)).span(); // "X:" reads as "X said:"
        }
        if (label.isEmpty() || label.size() > MAX_LABEL_TOKENS || !dashed && !colon) {
            return null;
        }
        for (int i : label) {
            // a verb makes it a sentence of the writer's, a mark an earlier quote on the line
            if (tags.get(i).startsWith("VB") || tags.get(i).equals("MD")
                    || QuotationMarks.doubleMarkLength(text, tokens.tokens().get(i).span().begin()) > 0) {
                return null;
            }
        }
        Token last = tokens.tokens().get(label.get(label.size() - 1));
        int m = mentions.mentionAt(last);
        if (m < 0 || mentions.entityOf(m).type() != EntityType.PERSON || mentions.mention(m).span().end() != last.span().end()) {
            return null;
        }
        return antecedents.named(m, cue);
    }

    private String word(int i) {
        return tokens.tokens().get(i).word();
    }

    private static boolean isDash(String w) {
        return w.matches("[-–—•*]+");
    }
}
