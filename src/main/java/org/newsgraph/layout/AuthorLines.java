package org.newsgraph.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.layout.LayoutPatterns.Kind;
import org.newsgraph.layout.PageAnalysis.Role;

/**
 * Authors named where there is no byline: an author's follow line ("Follow X on Twitter @x";
 * its role is left as the furniture patterns set it), a "X reported from Y." note, and the note that closes an op-ed ("X, a law professor, is a member of
 * ..."). The note is the article's text, so it stays content; its name counts only when the
 * article has not named that person before, so that a closing sentence about someone in the
 * story ("Hillary Clinton is the Democratic nominee.") makes no author.
 */
final class AuthorLines {
    /** A note by several writers gives one sentence to each ("X is founder of Y. Z is president of W."). */
    private static final Pattern NOTE_SENTENCE = Pattern.compile("(?<=[\\p{Ll}\\d]{2}[.!?])[ \\u00A0]+(?=\\p{Lu})");

    /** How many content paragraphs from the end a "reported from" note may stand. */
    private static final int NOTE_ZONE = 3;

    private AuthorLines() {
    }

    static void mark(PageAnalysis page, LayoutPatterns patterns) {
        int last = -1;
        for (int i = 0; i < page.paras.size(); i++) {
            if (page.roles[i] != Role.CONTENT && page.roles[i] != Role.FURNITURE) {
                continue;
            }
            Matcher signoff = patterns.match(Kind.SIGNOFF, page.para(i));
            if (signoff != null) {
                for (int g = 1; g <= signoff.groupCount(); g++) {
                    if (signoff.group(g) != null) {
                        page.authors.add(signoff.group(g).strip());
                    }
                }
            }
            if (signoff == null && page.roles[i] == Role.CONTENT) {
                last = i;
            }
        }
        addReporters(page, patterns, last);
        if (last > 0 && patterns.matches(Kind.BIO, page.para(last))) {
            for (String sentence : NOTE_SENTENCE.split(page.para(last))) {
                Matcher bio = patterns.match(Kind.BIO, sentence);
                if (bio != null && !namedBefore(page, bio.group(1), last)) {
                    page.authors.add(bio.group(1).strip());
                }
            }
        }
    }

    /**
     * "Wolf reported from Washington." closes wire and newspaper copy with no byline, a few
     * paragraphs from the end (before a "__" rule or a follow line); a surname already given in
     * full by a follow line is that author, not a second one.
     */
    private static void addReporters(PageAnalysis page, LayoutPatterns patterns, int last) {
        for (int i = last, seen = 0; i > 0 && seen < NOTE_ZONE; i--) {
            if (page.roles[i] != Role.CONTENT) {
                continue;
            }
            seen++;
            Matcher note = patterns.match(Kind.REPORTER, page.para(i));
            for (int g = 1; note != null && g <= note.groupCount(); g++) {
                String name = note.group(g) == null ? null : note.group(g).strip();
                if (name != null && page.authors.stream().noneMatch(a -> a.equals(name) || a.endsWith(" " + name))) {
                    page.authors.add(name);
                }
            }
        }
    }

    private static boolean namedBefore(PageAnalysis page, String name, int last) {
        String[] words = name.strip().split("[ \\u00A0]+");
        String surname = words[words.length - 1];
        return page.text.substring(0, page.spans[last].begin()).contains(surname);
    }
}
