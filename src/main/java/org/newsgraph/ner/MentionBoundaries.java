package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Span;

/**
 * Where a person's name starts and ends, as the statistical tagger gets it wrong in news copy:
 * <ul>
 * <li>"Mrs Parker Bowles", "Dr Rowan Williams": an honorific ({@code models/name-honorifics.txt})
 * is not part of the name, so the surname clusters with the full name;</li>
 * <li>"Ahmed 'Mido' Hossam": a quoted nickname between two parts of a name, which the tagger
 * splits into three people, is one name;</li>
 * <li>"St James' Park": a name cut at a possessive before a building's head word
 * ({@code models/place-heads.txt}) is one place.</li>
 * </ul>
 */
final class MentionBoundaries {
    private static final Pattern NICKNAME = Pattern.compile("\\s+['‘\"“](\\p{Lu}[\\p{L}.-]*)['’\"”]\\s+");
    private static final Pattern POSSESSIVE_HEAD = Pattern.compile("['’]s?\\s+(\\p{Lu}\\p{L}+)(?![\\p{L}\\p{N}])");
    private final WordList honorifics;
    private final WordList placeHeads;

    MentionBoundaries(WordList honorifics, WordList placeHeads) {
        this.honorifics = honorifics;
        this.placeHeads = placeHeads;
    }

    /** {@code mentions} sorted by span. */
    List<NamedEntity> apply(String text, List<NamedEntity> mentions) {
        List<NamedEntity> trimmed = new ArrayList<>(mentions.size());
        for (NamedEntity m : mentions) {
            NamedEntity t = m.type() == EntityType.PERSON ? withoutHonorific(text, m) : m;
            if (t != null) {
                trimmed.add(t);
            }
        }
        return withPlaceHeads(text, joinNicknames(text, trimmed));
    }

    /** "St James' Park", "St George's Chapel": a name, a possessive and a building's head word are one place. */
    private List<NamedEntity> withPlaceHeads(String text, List<NamedEntity> mentions) {
        List<NamedEntity> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            NamedEntity m = mentions.get(i);
            Matcher head = POSSESSIVE_HEAD.matcher(text).region(m.span().end(), text.length());
            if (head.lookingAt() && placeHeads.contains(head.group(1)) && (i + 1 == mentions.size()
                    || mentions.get(i + 1).span().begin() >= head.end())) {
                Span span = new Span(m.span().begin(), head.end());
                out.add(new NamedEntity(span, EntityType.PLACE, span.of(text)));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private NamedEntity withoutHonorific(String text, NamedEntity m) {
        int begin = m.span().begin();
        String t = m.text();
        int space = t.indexOf(' ');
        if (space < 0) {
            return m;
        }
        String first = t.substring(0, space);
        String bare = first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
        if (!honorifics.contains(bare)) {
            return m;
        }
        int start = space;
        while (start < t.length() && Character.isWhitespace(t.charAt(start))) {
            start++;
        }
        Span span = new Span(begin + start, m.span().end());
        return new NamedEntity(span, m.type(), span.of(text));
    }

    /** Person, quoted capitalised word (a mention or not), person: one name. */
    private static List<NamedEntity> joinNicknames(String text, List<NamedEntity> mentions) {
        List<NamedEntity> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            NamedEntity a = mentions.get(i);
            if (a.type() == EntityType.PERSON) {
                int j = i + 1;
                if (j < mentions.size() && mentions.get(j).span().begin() > a.span().end()
                        && inNickname(text, a.span().end(), mentions.get(j))) {
                    j++; // the nickname itself was tagged
                }
                if (j < mentions.size() && mentions.get(j).type() == EntityType.PERSON) {
                    NamedEntity b = mentions.get(j);
                    Matcher gap = NICKNAME.matcher(text).region(a.span().end(), b.span().begin());
                    if (gap.matches()) {
                        Span span = new Span(a.span().begin(), b.span().end());
                        out.add(new NamedEntity(span, EntityType.PERSON, span.of(text)));
                        i = j;
                        continue;
                    }
                }
            }
            out.add(a);
        }
        return out;
    }

    private static boolean inNickname(String text, int from, NamedEntity nick) {
        String between = text.substring(from, nick.span().begin());
        return between.length() <= 3 && between.strip().matches("['‘\"“]");
    }
}
