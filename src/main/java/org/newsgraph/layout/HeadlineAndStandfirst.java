package org.newsgraph.layout;

import java.util.Arrays;
import org.newsgraph.layout.LayoutPatterns.Kind;
import org.newsgraph.layout.PageAnalysis.Role;

/**
 * The headline is the first paragraph near the top with a headline's shape ({@link HeadlineShape});
 * a paragraph right after it is the standfirst when a byline follows it or closes it, a dateline
 * opens the paragraph after it, a label ("ABSTRACT.") precedes it, or when it was the second line
 * of the headline's own block.
 */
final class HeadlineAndStandfirst {
    private static final int MAX_STANDFIRST_WORDS = 80;
    private static final int MAX_DOTTED_HEADLINE_WORDS = 14;

    private final PageAnalysis page;
    private final LayoutPatterns patterns;

    private HeadlineAndStandfirst(PageAnalysis page, LayoutPatterns patterns) {
        this.page = page;
        this.patterns = patterns;
    }

    static void mark(PageAnalysis page, LayoutPatterns patterns) {
        new HeadlineAndStandfirst(page, patterns).mark();
    }

    private void mark() {
        int h = page.headline == null ? findHeadline() : Arrays.asList(page.spans).indexOf(page.headline);
        if (h < 0) {
            return;
        }
        page.roles[h] = Role.HEADLINE;
        page.headline = page.spans[h];
        markStandfirst(h);
    }

    private int findHeadline() {
        int h = -1;
        for (int i = 0; i < Math.min(PageAnalysis.HEADER_ZONE, page.paras.size()); i++) {
            if (page.roles[i] == Role.CONTENT) {
                String p = page.para(i);
                boolean headlineShape = HeadlineShape.looksLikeHeadline(p);
                // Some feeds end the title line with a full stop: a short first line before a longer paragraph.
                boolean shortTitleLine = words(p) <= MAX_DOTTED_HEADLINE_WORDS && !p.contains("“") && !p.contains("\"")
                        && longestOfNextTwo(i) >= words(p) * 3 / 2;
                if (headlineShape || shortTitleLine) {
                    h = i;
                }
                break;
            }
        }
        return h;
    }

    private void markStandfirst(int h) {
        int d = h + 1;
        boolean labelled = false;
        while (d < page.paras.size() && (page.roles[d] == Role.CAPTION
                || page.roles[d] == Role.CONTENT && patterns.matches(Kind.ABSTRACT, page.para(d)))) {
            if (page.roles[d] == Role.CONTENT) {
                page.roles[d] = Role.FURNITURE;
                labelled = true;
            }
            d++;
        }
        if (d >= page.paras.size() || page.roles[d] != Role.CONTENT || words(page.para(d)) > MAX_STANDFIRST_WORDS) {
            return;
        }
        String p = page.para(d);
        BylineParser.Byline trailing = BylineParser.parseTrailing(p);
        if (trailing != null && !trailing.authors().isEmpty()) {
            page.authors.addAll(trailing.authors());
            page.roles[d] = Role.DESCRIPTION;
            page.spans[d] = Paragraphs.trim(page.text, page.spans[d].begin(), page.spans[d].begin() + trailing.start());
            page.description = page.spans[d];
        } else if (labelled || d == h + 1 && page.titleBlockLines > 1 || d + 1 < page.paras.size()
                && (page.roles[d + 1] == Role.BYLINE || page.roles[d + 1] == Role.DATE
                    || page.roles[d + 1] == Role.CONTENT && patterns.matches(Kind.BODYSTART, page.para(d + 1)))) {
            page.roles[d] = Role.DESCRIPTION;
            page.description = page.spans[d];
        }
    }

    /** The longer of the next two content paragraphs, so that a label line ("ABSTRACT.") between does not hide the body. */
    private int longestOfNextTwo(int i) {
        int j = nextContent(i);
        int k = j < 0 ? -1 : nextContent(j);
        return Math.max(j < 0 ? 0 : words(page.para(j)), k < 0 ? 0 : words(page.para(k)));
    }

    private int nextContent(int i) {
        for (int j = i + 1; j < page.paras.size(); j++) {
            if (page.roles[j] == Role.CONTENT) {
                return j;
            }
        }
        return -1;
    }

    private static int words(String s) {
        return HeadlineShape.words(s);
    }
}
