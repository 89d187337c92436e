package org.newsgraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.layout.LayoutPatterns.Kind;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Layout;
import org.newsgraph.model.PageMetadata;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.DeclaredStage;

/**
 * Finds the parts of an online news page pasted as text: caption and credit, headline,
 * standfirst, byline, date lines, dateline agency, copyright line and page furniture. Only
 * headline, standfirst, the first caption and body paragraphs go to later stages.
 */
public final class LayoutStage extends DeclaredStage {
    private static final int HEADER_ZONE = 8;
    private static final int MAX_HEADLINE_WORDS = 25;
    private static final int MAX_STANDFIRST_WORDS = 80;
    private static final int MAX_DOTTED_HEADLINE_WORDS = 14;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…][\"'”’)]*$");

    private enum Role { CONTENT, CAPTION, HEADLINE, DESCRIPTION, BYLINE, DATE, FURNITURE }

    private final LayoutPatterns patterns;

    public LayoutStage(LayoutPatterns patterns) {
        super("layout", Set.of(), Set.of(Layer.LAYOUT));
        this.patterns = patterns;
    }

    @Override
    public Document process(Document document) {
        PageMetadata page = document.article().page();
        return document.withLayout(PageFirst.merge(new Analysis(document.text(), page).run(), page));
    }

    Layout analyse(String text) {
        return PageFirst.merge(new Analysis(text, null).run(), null);
    }

    /** The state of one analysis; paragraphs are classified in passes from the surest cue down. */
    private final class Analysis {
        final String text;
        final List<Span> paras;
        final Role[] roles;
        final Span[] spans;
        final Set<String> authors = new java.util.LinkedHashSet<>();
        String published, modified, publisher, credit;
        Span caption, headline, description;

        Analysis(String text, PageMetadata page) {
            this.text = text;
            this.paras = Paragraphs.split(text);
            this.roles = new Role[paras.size()];
            this.spans = paras.toArray(new Span[0]);
            java.util.Arrays.fill(roles, Role.CONTENT);
            if (page != null) {
                takeFromPage(page);
            }
        }

        /** The page's headline and caption paragraphs are what the page says they are; a credit closing the caption is split off. */
        void takeFromPage(PageMetadata page) {
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

        String para(int i) {
            return spans[i].of(text);
        }

        Layout run() {
            markTrailer();
            markLines();
            markRepeatedAndCaptions();
            markHeadlineAndStandfirst();
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
                    caption, credit, content, furniture, java.util.Map.of());
        }

        /** A copyright line or a "More news from …" heading ends the article proper. */
        void markTrailer() {
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

        void furnitureFrom(int i) {
            for (int j = i; j < roles.length; j++) {
                roles[j] = Role.FURNITURE;
            }
        }

        void markLines() {
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
        void markRepeatedAndCaptions() {
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
                        setCaption(i, s, cr.group(1));
                    } else {
                        roles[i] = Role.FURNITURE;
                        credit = credit == null ? cr.group(1).strip() : credit;
                    }
                }
            }
        }

        void setCaption(int i, Span captionSpan, String creditText) {
            roles[i] = Role.CAPTION;
            spans[i] = captionSpan;
            if (caption == null) {
                caption = captionSpan;
                credit = creditText == null ? null : creditText.strip();
            }
        }

        /**
         * The headline is the first short paragraph without closing punctuation near the top; a
         * paragraph right after it is the standfirst when a byline follows it or closes it.
         */
        void markHeadlineAndStandfirst() {
            int h = headline == null ? findHeadline() : java.util.Arrays.asList(spans).indexOf(headline);
            if (h < 0) {
                return;
            }
            roles[h] = Role.HEADLINE;
            headline = spans[h];
            markStandfirst(h);
        }

        int findHeadline() {
            int h = -1;
            for (int i = 0; i < Math.min(HEADER_ZONE, paras.size()); i++) {
                if (roles[i] == Role.CONTENT) {
                    String p = para(i);
                    boolean unpunctuated = words(p) <= MAX_HEADLINE_WORDS && !SENTENCE_END.matcher(p).find();
                    // Some feeds end the title line with a full stop: a short first line before a longer paragraph.
                    boolean shortTitleLine = words(p) <= MAX_DOTTED_HEADLINE_WORDS && !p.contains("“") && !p.contains("\"")
                            && longestOfNextTwo(i) >= words(p) * 3 / 2;
                    if (unpunctuated || shortTitleLine) {
                        h = i;
                    }
                    break;
                }
            }
            return h;
        }

        void markStandfirst(int h) {
            int d = h + 1;
            while (d < paras.size() && roles[d] == Role.CAPTION) {
                d++;
            }
            if (d >= paras.size() || roles[d] != Role.CONTENT || words(para(d)) > MAX_STANDFIRST_WORDS) {
                return;
            }
            String p = para(d);
            BylineParser.Byline trailing = BylineParser.parseTrailing(p);
            if (trailing != null && !trailing.authors().isEmpty()) {
                authors.addAll(trailing.authors());
                roles[d] = Role.DESCRIPTION;
                spans[d] = Paragraphs.trim(text, spans[d].begin(), spans[d].begin() + trailing.start());
                description = spans[d];
            } else if (d + 1 < paras.size() && (roles[d + 1] == Role.BYLINE || roles[d + 1] == Role.DATE)) {
                roles[d] = Role.DESCRIPTION;
                description = spans[d];
            }
        }

        /** "WASHINGTON (Reuters) -" names the outlet when no copyright line did. */
        void markDateline() {
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

        /** The longer of the next two content paragraphs, so that a label line ("ABSTRACT.") between does not hide the body. */
        int longestOfNextTwo(int i) {
            int j = nextContent(i);
            int k = j < 0 ? -1 : nextContent(j);
            return Math.max(j < 0 ? 0 : words(para(j)), k < 0 ? 0 : words(para(k)));
        }

        int nextContent(int i) {
            for (int j = i + 1; j < paras.size(); j++) {
                if (roles[j] == Role.CONTENT) {
                    return j;
                }
            }
            return -1;
        }
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
