package org.newsgraph.attribution;

import static org.newsgraph.attribution.ClauseWords.*;

import java.util.List;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.PartsOfSpeech;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.resolution.Antecedents;
import org.newsgraph.resolution.MentionIndex;
import org.newsgraph.resolution.Pronouns;
import org.newsgraph.resolution.Speaker;

/**
 * With no cue, words quoted inside the writer's sentence are its subject's: "Japan branded North
 * Korea an “outlaw nation”", "In an August speech, Trump attacked “…”", "The Republican nominee
 * vowed …", "House Speaker Paul Ryan, despite …".
 */
final class SubjectSpeaker {
    private static final int MAX_FRONTED_TOKENS = 24;
    private static final int MAX_TITLE_WORDS = 4;
    private final Tokens tokens;
    private final PartsOfSpeech partsOfSpeech;
    private final Antecedents antecedents;
    private final MentionIndex mentions;

    SubjectSpeaker(Document doc, Antecedents antecedents) {
        this.tokens = doc.tokens();
        this.partsOfSpeech = doc.partsOfSpeech();
        this.antecedents = antecedents;
        this.mentions = antecedents.mentions();
    }

    /**
     * "Japan branded North Korea an “outlaw nation”", "In an August speech, Trump attacked “…”":
     * with no cue, words quoted inside the writer's sentence are its subject's: a name or pronoun
     * followed (past an apposition) by its verb, a description ("The Republican nominee vowed
     * …"), or a named person, after any title words, whatever follows ("House Speaker Paul
     * Ryan, despite …").
     */
    Speaker of(Span marks, Quote previous) {
        Sentence s = tokens.sentenceAt(marks.begin());
        if (s == null) {
            return null;
        }
        List<Token> t = tokens.of(s);
        List<String> tags = partsOfSpeech.tags().subList(s.firstToken(), s.endToken());
        int quote = 0;
        while (quote < t.size() && t.get(quote).span().begin() < marks.begin()) {
            quote++;
        }
        int start = 0;
        if (quote > 0 && (tags.get(0).equals("IN") || tags.get(0).startsWith("RB"))) {
            int comma = 1;
            while (comma < Math.min(quote, MAX_FRONTED_TOKENS) && !t.get(comma).word().equals(",")) {
                comma++;
            }
            if (comma < quote && !t.get(comma).word().equals(",")) {
                return null; // no end to the opening phrase in sight: its names are not the subject
            }
            start = comma + 1; // "In an August speech, Trump …", "With Democratic leaders worried about …, President Obama …"
        }
        if (start + 1 >= quote) {
            return null;
        }
        int m = mentions.mentionAt(t.get(start));
        if (m < 0 || mentions.entityOf(m).type() != EntityType.PERSON) {
            // "House Speaker Paul Ryan": the person after the title words
            for (int k = start + 1; k < Math.min(quote, start + MAX_TITLE_WORDS) && tags.get(k - 1).startsWith("NN"); k++) {
                int person = mentions.mentionAt(t.get(k));
                if (person >= 0 && mentions.entityOf(person).type() == EntityType.PERSON) {
                    m = person;
                    start = k;
                    break;
                }
            }
        }
        int verb = start + 1;
        Span description = null;
        if (m >= 0) {
            while (verb < quote && mentions.mention(m).span().contains(t.get(verb).span())) {
                verb++;
            }
        } else if (!Pronouns.PERSON.contains(lower(t.get(start).word()))) {
            // "The Republican nominee also outlined …", "The piece used …": a noun phrase as subject
            verb = start;
            while (verb < quote && (tags.get(verb).equals("DT") || tags.get(verb).startsWith("JJ") || tags.get(verb).startsWith("NN"))) {
                verb++;
            }
            if (verb == start || !tags.get(verb - 1).startsWith("NN") || !tags.get(start).equals("DT")) {
                return null;
            }
            description = new Span(t.get(start).span().begin(), t.get(verb - 1).span().end());
        }
        if (verb < quote && t.get(verb).word().equals(",")) {
            int close = verb + 1;
            while (close < Math.min(quote, verb + MAX_APPOSITION_TOKENS) && !t.get(close).word().equals(",")) {
                close++;
            }
            verb = close + 1; // "Aaron Kall, the director of debate at the University of Michigan, compared …"
        }
        while (verb < quote && (tags.get(verb).startsWith("RB") || tags.get(verb).equals("MD"))) {
            verb++;
        }
        boolean person = m >= 0 && mentions.entityOf(m).type() == EntityType.PERSON;
        if (!person && (verb >= quote || !tags.get(verb).startsWith("VB"))) {
            return null; // a named person opening the sentence speaks its quoted words even after "despite …"
        }
        if (description != null) {
            return antecedents.description(description, null);
        }
        return m >= 0 ? antecedents.named(m, null) : antecedents.pronoun(t.get(start), null, previous);
    }
}
