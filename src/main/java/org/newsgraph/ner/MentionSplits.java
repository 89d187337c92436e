package org.newsgraph.ner;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Span;

/**
 * Mentions the tagger glued across a possessive or "at", split back:
 * "Wednesday's Champions League" → "Champions League" (a day or month owns no name), and
 * "11 September World Trade Centre" → "World Trade Centre" (nor starts one, unless a person's);
 * "Institute of Education's Centre for …" and "Institute of Education at London University" →
 * two organisations, when both sides carry an organisation head word ("Institute", "University").
 */
final class MentionSplits {
    private final WordList organizationHeads;
    private final Set<String> calendarWords = new HashSet<>();

    MentionSplits(WordList organizationHeads) {
        this.organizationHeads = organizationHeads;
        for (DayOfWeek d : DayOfWeek.values()) {
            calendarWords.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        for (Month m : Month.values()) {
            calendarWords.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
    }

    List<NamedEntity> split(String text, List<NamedEntity> mentions) {
        List<NamedEntity> out = new ArrayList<>(mentions.size());
        for (NamedEntity m : mentions) {
            out.addAll(split(text, m));
        }
        return out;
    }

    private List<NamedEntity> split(String text, NamedEntity m) {
        String t = m.text();
        int space = t.indexOf(' ');
        if (m.type() != EntityType.PERSON && space > 0 && calendarWords.contains(t.substring(0, space))) {
            // "11 September World Trade Centre", CoNLL's "August National Association": a date glued to the front of a name
            Span rest = new Span(m.span().begin() + space + 1, m.span().end());
            return split(text, new NamedEntity(rest, m.type(), rest.of(text)));
        }
        for (String glue : List.of("'s ", "’s ", " at ")) {
            int at = t.indexOf(glue);
            if (at <= 0 || at + glue.length() >= t.length()) {
                continue;
            }
            String left = t.substring(0, at);
            String right = t.substring(at + glue.length());
            int b = m.span().begin();
            Span rightSpan = new Span(b + at + glue.length(), m.span().end());
            if (!glue.equals(" at ") && calendarWords.contains(left)) {
                return List.of(new NamedEntity(rightSpan, m.type(), rightSpan.of(text)));
            }
            if (hasHead(left) && hasHead(right) && Character.isUpperCase(right.charAt(0))) {
                Span leftSpan = new Span(b, b + at);
                return List.of(new NamedEntity(leftSpan, EntityType.ORGANIZATION, leftSpan.of(text)),
                        new NamedEntity(rightSpan, EntityType.ORGANIZATION, rightSpan.of(text)));
            }
        }
        return List.of(m);
    }

    private boolean hasHead(String name) {
        for (String w : name.split("\\s+")) {
            if (organizationHeads.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
