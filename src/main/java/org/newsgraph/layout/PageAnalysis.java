package org.newsgraph.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.newsgraph.layout.LayoutPatterns.Kind;
import org.newsgraph.model.Layout;
import org.newsgraph.model.PageMetadata;
import org.newsgraph.model.Span;

/**
 * The state of one page's analysis: every paragraph's role, classified in passes from the surest
 * cue down (trailer, date and byline lines, repeated paragraphs and captions, headline and
 * standfirst, dateline), and what the passes read off the page.
 */
final class PageAnalysis {
    enum Role { CONTENT, CAPTION, HEADLINE, DESCRIPTION, BYLINE, DATE, FURNITURE }

    static final int HEADER_ZONE = 8;
    private static final int MAX_TITLE_BLOCK_LINES = 3;

    private final LayoutPatterns patterns;

    final String text;
    final List<Span> paras;
    final Role[] roles;
    final Span[] spans;
    final Set<String> authors = new LinkedHashSet<>();
    String published, modified, publisher, credit;
    Span caption, headline, description;
    /** Lines of a first block split into a headline and what follows it on the next line; 1 when none was split. */
    final int titleBlockLines;

    PageAnalysis(String text, PageMetadata page, LayoutPatterns patterns) {
        this.patterns = patterns;
        this.text = text;
        List<Span> blocks = Paragraphs.split(text);
        List<Span> titleLines = titleBlock(text, blocks);
        this.titleBlockLines = Math.max(1, titleLines.size());
        if (!titleLines.isEmpty()) {
            blocks = new ArrayList<>(blocks);
            blocks.remove(0);
            blocks.addAll(0, titleLines);
        }
        this.paras = blocks;
        this.roles = new Role[paras.size()];
        this.spans = paras.toArray(new Span[0]);
        Arrays.fill(roles, Role.CONTENT);
        if (page != null) {
            takeFromPage(page);
        }
    }

    /** The page's headline and caption paragraphs are what the page says they are; a credit closing the caption is split off. */
    private void takeFromPage(PageMetadata page) {
        for (int i = 0; i < paras.size(); i++) {
            if (paras.get(i).equals(page.headline())) {
                roles[i] = Role.HEADLINE;
                headline = spans[i];
            } else if (paras.get(i).equals(page.imageCaption())) {
                Matcher cr = patterns.match(Kind.CREDIT, para(i));
                Span s = cr == null ? null : Paragraphs.trim(text, spans[i].begin(), spans[i].begin() + cr.start());
                setCaption(i, s == null ? spans[i] : s, s == null ? null : cr.group(1));
            }
        }
    }

    /**
     * The lines of a first block that holds a headline on its first line and a standfirst or
     * kicker on the next ("Trump leads pack; \nAhead by double digits over Carson."), in a text
     * whose paragraphs are blocks; empty when the first block is not such a block.
     */
    private static List<Span> titleBlock(String text, List<Span> blocks) {
        if (blocks.size() < 2 || blocks.get(0).of(text).indexOf('\n') < 0) {
            return List.of();
        }
        List<Span> lines = new ArrayList<>();
        int start = blocks.get(0).begin();
        String block = blocks.get(0).of(text);
        for (String line : block.split("\n", -1)) {
            Span s = Paragraphs.trim(text, start, start + line.length());
            if (s != null) {
                lines.add(s);
            }
            start += line.length() + 1;
        }
        boolean headed = lines.size() <= MAX_TITLE_BLOCK_LINES && HeadlineShape.looksLikeHeadline(lines.get(0).of(text));
        return headed ? lines : List.of();
    }

    String para(int i) {
        return spans[i].of(text);
    }

    Layout run() {
        markTrailer();
        markLines();
        markRepeatedAndCaptions();
        AuthorLines.mark(this, patterns);
        HeadlineAndStandfirst.mark(this, patterns);
        markDateline();
        List<Span> content = new ArrayList<>();
        List<Span> furniture = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            switch (roles[i]) {
                case CONTENT, HEADLINE, DESCRIPTION, CAPTION -> content.add(spans[i]);
                case FURNITURE -> furniture.add(paras.get(i));
                default -> { }
            }
        }
        return new Layout(headline, description, List.copyOf(authors), published, modified, publisher,
                caption, credit, content, furniture, Map.of());
    }

    /** A copyright line or a "More news from …" heading ends the article proper. */
    private void markTrailer() {
        for (int i = 0; i < paras.size(); i++) {
            String p = para(i);
            Matcher c = patterns.match(Kind.COPYRIGHT, p);
            if (c != null && i > 0) {
                publisher = c.group(1).strip();
                furnitureFrom(i);
                return;
            }
            if (i > 0 && patterns.matches(Kind.TRAILER, p)) {
                furnitureFrom(i);
                return;
            }
        }
    }

    private void furnitureFrom(int i) {
        for (int j = i; j < roles.length; j++) {
            roles[j] = Role.FURNITURE;
        }
    }

    private void markLines() {
        for (int i = 0; i < paras.size(); i++) {
            if (roles[i] != Role.CONTENT) {
                continue;
            }
            String p = para(i);
            if (patterns.matches(Kind.FURNITURE, p)) {
                roles[i] = Role.FURNITURE;
            } else if (patterns.matches(Kind.PUBLISHED, p)) {
                roles[i] = Role.DATE;
                DateParser.parse(p).ifPresent(d -> published = published == null ? d : published);
            } else if (patterns.matches(Kind.MODIFIED, p)) {
                roles[i] = Role.DATE;
                DateParser.parse(p).ifPresent(d -> modified = modified == null ? d : modified);
            } else {
                BylineParser.Byline b = BylineParser.parseLine(p);
                if (b != null && !b.authors().isEmpty()) {
                    roles[i] = Role.BYLINE;
                    authors.addAll(b.authors());
                }
            }
        }
    }

    /**
     * A paragraph repeated word for word is furniture; one repeated with a credit appended
     * ("… 2013. Alexander Zemlianichenko/AP") shows the earlier one is a photo caption.
     */
    private void markRepeatedAndCaptions() {
        for (int i = 0; i < paras.size(); i++) {
            if (roles[i] != Role.CONTENT) {
                continue;
            }
            String p = para(i);
            for (int j = 0; j < i; j++) {
                String earlier = para(j);
                if (p.equals(earlier)) {
                    roles[i] = Role.FURNITURE;
                    break;
                }
                if (p.startsWith(earlier) && roles[j] == Role.CONTENT) {
                    Matcher credited = patterns.match(Kind.CREDIT, p.substring(earlier.length()));
                    if (credited != null) {
                        roles[i] = Role.FURNITURE;
                        setCaption(j, spans[j], credited.group(1));
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < Math.min(HEADER_ZONE, paras.size()); i++) {
            if (roles[i] != Role.CONTENT) {
                continue;
            }
            String p = para(i);
            Matcher labelled = patterns.match(Kind.CAPTION, p);
            if (labelled != null) {
                Span s = Paragraphs.trim(text, spans[i].begin() + labelled.start(1), spans[i].begin() + labelled.end(1));
                Matcher cr = s == null ? null : patterns.match(Kind.CREDIT, s.of(text));
                if (cr != null) {
                    s = Paragraphs.trim(text, s.begin(), s.begin() + cr.start());
                }
                if (s != null) {
                    setCaption(i, s, cr == null ? null : cr.group(1));
                } else {
                    roles[i] = Role.FURNITURE;
                }
                continue;
            }
            Matcher cr = patterns.match(Kind.CREDIT, p);
            if (cr != null && caption == null) {
                Span s = Paragraphs.trim(text, spans[i].begin(), spans[i].begin() + cr.start());
                if (s != null) {
                    if (endsASentence(s.of(text))) {
                        setCaption(i, s, cr.group(1));
                    }
                } else {
                    roles[i] = Role.FURNITURE;
                    credit = credit == null ? cr.group(1).strip() : credit;
                }
            }
        }
    }

    /**
     * An unlabelled caption is a sentence before its credit; a line whose credit-like tail cuts it
     * mid-phrase ("… Opposition To A Sanders/Trump Debate.") is a headline with a slash in it.
     */
    private static boolean endsASentence(String caption) {
        return !caption.isEmpty() && ".!?\"”’)".indexOf(caption.charAt(caption.length() - 1)) >= 0;
    }

    private void setCaption(int i, Span captionSpan, String creditText) {
        roles[i] = Role.CAPTION;
        spans[i] = captionSpan;
        if (caption == null) {
            caption = captionSpan;
            credit = creditText == null ? null : creditText.strip();
        }
    }

    /** "WASHINGTON (Reuters) -" names the outlet when no copyright line did. */
    private void markDateline() {
        for (int i = 0; i < paras.size() && publisher == null; i++) {
            if (roles[i] == Role.CONTENT) {
                Matcher m = patterns.match(Kind.DATELINE, para(i));
                if (m != null) {
                    publisher = m.group(1).strip();
                }
                return;
            }
        }
    }
}
