package org.newsgraph.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.layout.LayoutPatterns.Kind;
import org.newsgraph.layout.PageAnalysis.Role;

/**
 * Authors named where there is no byline: an author's follow line ("Follow X on Twitter @x";
 * its role is left as the furniture patterns set it) and the note that closes an op-ed ("X, a law professor, is a member of
 * ..."). The note is the article's text, so it stays content; its name counts only when the
 * article has not named that person before, so that a closing sentence about someone in the
 * story ("Hillary Clinton is the Democratic nominee.") makes no author.
 */
final class AuthorLines {
    /** A note by several writers gives one sentence to each ("X is founder of Y. Z is president of W."). */
    private static final Pattern NOTE_SENTENCE = Pattern.compile("(?<=[\\p{Ll}\\d]{2}[.!?])[ \\u00A0]+(?=\\p{Lu})");

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
        if (last > 0 && patterns.matches(Kind.BIO, page.para(last))) {
            for (String sentence : NOTE_SENTENCE.split(page.para(last))) {
                Matcher bio = patterns.match(Kind.BIO, sentence);
                if (bio != null && !namedBefore(page, bio.group(1), last)) {
                    page.authors.add(bio.group(1).strip());
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
