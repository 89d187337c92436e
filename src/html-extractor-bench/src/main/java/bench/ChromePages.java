package bench;

import java.util.List;

/**
 * Wraps a known article (headline, body paragraphs) in the chrome of a real news page, in six
 * shapes: a WordPress-like page with JSON-LD, a div-only newspaper CMS page with inline ads and
 * "read more" links, an old table layout with br-separated text, an AMP page, a live blog, and a
 * semantic page with pull quotes and an inline related box.
 */
final class ChromePages {
    static final List<String> SHAPES = List.of("wordpress", "divsoup", "table-br", "amp", "liveblog", "inline-clutter", "hashed-classes");

    /** Strings that only the chrome holds: any of them in an extraction is leaked boilerplate. */
    static final List<String> CHROME_MARKERS = List.of(
            "Advertisement", "We use cookies", "E-mail this to a friend", "Sign up for The Morning Brief",
            "Most read", "Terms of Use", "All rights reserved", "Skip to content", "Share this post",
            "Continue reading below", "Read more:", "Leave a comment", "Supported by", "Share full article", "Site Index",
            "Get the best of", "Related coverage");

    record Story(String headline, List<String> paragraphs, String author, String date, String caption, List<String> related, List<String> teasers) {
    }

    static String page(String shape, Story s) {
        return switch (shape) {
            case "wordpress" -> wordpress(s);
            case "divsoup" -> divsoup(s);
            case "table-br" -> tableBr(s);
            case "amp" -> amp(s);
            case "liveblog" -> liveblog(s);
            case "inline-clutter" -> inlineClutter(s);
            case "hashed-classes" -> hashedClasses(s);
            default -> throw new IllegalArgumentException(shape);
        };
    }

    static String esc(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String cookie() {
        return "<div id=\"cookie-notice\" class=\"cookie-banner\"><p>We use cookies to give you the best experience on our site, "
                + "to personalise content and ads and to analyse our traffic. By continuing to browse you agree to our use of cookies.</p>"
                + "<button>Accept all</button><button>Manage settings</button></div>";
    }

    static String nav() {
        return "<a class=\"skip\" href=\"#main\">Skip to content</a><ul class=\"menu\"><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
                + "<li><a href=\"/politics\">Politics</a></li><li><a href=\"/business\">Business</a></li><li><a href=\"/sport\">Sport</a></li>"
                + "<li><a href=\"/opinion\">Opinion</a></li><li><a href=\"/subscribe\">Subscribe</a></li></ul>";
    }

    static String share() {
        return "<ul class=\"share\"><li><a href=\"#\">Facebook</a></li><li><a href=\"#\">Twitter</a></li>"
                + "<li><a href=\"#\">E-mail this to a friend</a></li><li><a href=\"#\">Print</a></li></ul>";
    }

    static String related(Story s) {
        StringBuilder b = new StringBuilder("<section class=\"related\"><h3>Related stories</h3><ul>");
        for (String r : s.related()) {
            b.append("<li><a href=\"/story\">").append(esc(r)).append("</a></li>");
        }
        return b.append("</ul></section>").toString();
    }

    static String mostRead(Story s) {
        StringBuilder b = new StringBuilder("<div class=\"rail\"><h2>Most read</h2>");
        for (int i = 0; i < s.related().size(); i++) {
            b.append("<div class=\"teaser\"><a href=\"/t").append(i).append("\"><h3>").append(esc(s.related().get(i))).append("</h3></a><p>")
                    .append(esc(s.teasers().get(i))).append("</p></div>");
        }
        return b.append("</div>").toString();
    }

    static String footer() {
        return "<footer class=\"site-footer\"><p>The Daily Ledger is published by Ledger Media Group. "
                + "Our journalism is independent and funded by our readers.</p><ul><li><a href=\"/terms\">Terms of Use</a></li>"
                + "<li><a href=\"/privacy\">Privacy Policy</a></li><li><a href=\"/contact\">Contact us</a></li></ul>"
                + "<p>© 2016 Ledger Media Group. All rights reserved.</p></footer>";
    }

    static String ad(int n) {
        return "<div class=\"ad-container\"><p class=\"ad-label\">Advertisement</p><div id=\"ad-slot-" + n + "\" class=\"ad\"></div></div>";
    }

    static String jsonLd(Story s, String type) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"" + type + "\",\"headline\":\""
                + s.headline().replace("\"", "\\\"") + "\",\"datePublished\":\"" + s.date() + "\",\"author\":{\"@type\":\"Person\",\"name\":\""
                + s.author() + "\"}}</script>";
    }

    static String figure(Story s) {
        return "<figure class=\"lead-image\"><img src=\"/img/lead.jpg\" alt=\"\"><figcaption>" + esc(s.caption()) + "</figcaption></figure>";
    }

    static String paragraphs(List<String> paras, int adEvery) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < paras.size(); i++) {
            b.append("<p>").append(esc(paras.get(i))).append("</p>\n");
            if (adEvery > 0 && i % adEvery == adEvery - 1 && i < paras.size() - 1) {
                b.append(ad(i)).append('\n');
            }
        }
        return b.toString();
    }

    static String head(Story s, String extra) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(s.headline()) + " | The Daily Ledger</title>"
                + "<style>.ad{min-height:250px}</style><script>window.dataLayer=[];</script>" + extra + "</head>";
    }

    static String wordpress(Story s) {
        return head(s, jsonLd(s, "NewsArticle")) + "<body class=\"single-post\">" + cookie() + "<header id=\"masthead\"><div class=\"logo\">The Daily Ledger</div>"
                + "<nav>" + nav() + "</nav></header><main id=\"main\"><article class=\"post\"><h1 class=\"entry-title\">" + esc(s.headline())
                + "</h1><div class=\"entry-meta\">By <a rel=\"author\" href=\"/author\">" + s.author() + "</a> <time datetime=\"" + s.date() + "\">"
                + s.date() + "</time></div>" + figure(s) + "<div class=\"entry-content\">" + paragraphs(s.paragraphs(), 4) + "</div>" + share()
                + "</article>" + related(s) + "<div id=\"comments\"><h3>Leave a comment</h3><p>You must be logged in to post a comment.</p></div>"
                + "</main><aside class=\"sidebar\">" + mostRead(s) + "</aside>" + footer() + "</body></html>";
    }

    static String divsoup(Story s) {
        StringBuilder body = new StringBuilder();
        List<String> p = s.paragraphs();
        for (int i = 0; i < p.size(); i++) {
            body.append("<div class=\"text-block\"><p class=\"story-text\">").append(esc(p.get(i))).append("</p></div>\n");
            if (i == 1) {
                body.append("<div class=\"inline-link\"><p><strong>Read more:</strong> <a href=\"/r\">").append(esc(s.related().get(0))).append("</a></p></div>");
            }
            if (i % 3 == 2 && i < p.size() - 1) {
                body.append(ad(i));
            }
            if (i == 4) {
                body.append("<div class=\"newsletter\"><p>Sign up for The Morning Brief: the day's top stories in your inbox every weekday morning.</p>"
                        + "<div class=\"form\"><input type=\"email\"><span class=\"btn\">Sign up</span></div></div>");
            }
        }
        return head(s, "<meta property=\"og:title\" content=\"" + esc(s.headline()) + "\"><meta property=\"article:published_time\" content=\""
                + s.date() + "\">") + "<body><div class=\"page\">" + cookie().replace("<button>", "<span class=\"btn\">").replace("</button>", "</span>")
                + "<div class=\"top-bar\">" + nav().replace("<ul", "<div").replace("</ul>", "</div>").replace("<li>", "<span>").replace("</li>", "</span>")
                + "</div><div class=\"content-wrapper\"><div class=\"main-col\"><div class=\"headline-block\"><div class=\"hed\">" + esc(s.headline())
                + "</div><div class=\"byline\">By " + s.author() + " | " + s.date() + "</div></div><div class=\"lead-art\"><img src=\"/a.jpg\"><div class=\"caption\">"
                + esc(s.caption()) + "</div></div><div class=\"story-body\">" + body + "</div><div class=\"share-tools\">"
                + share().replace("<ul", "<div").replace("</ul>", "</div>").replace("<li>", "<span>").replace("</li>", "</span>")
                + "</div></div><div class=\"right-col\">" + mostRead(s) + "</div></div>" + footer().replace("footer", "div") + "</div></body></html>";
    }

    static String tableBr(Story s) {
        return head(s, "") + "<body><table width=\"100%\"><tr><td colspan=\"2\"><font size=\"5\">The Daily Ledger</font><br>" + nav()
                + "</td></tr><tr><td width=\"70%\" valign=\"top\"><font size=\"4\"><b>" + esc(s.headline()) + "</b></font><br><i>By " + s.author()
                + ", " + s.date() + "</i><br><br><div class=\"field-item\">" + String.join("<br><br>\n", s.paragraphs().stream().map(ChromePages::esc).toList())
                + "</div><br>" + ad(1) + "<br>" + share() + "</td><td valign=\"top\">" + mostRead(s) + "</td></tr><tr><td colspan=\"2\">" + footer().replace("footer", "div")
                + "</td></tr></table></body></html>";
    }

    static String amp(Story s) {
        StringBuilder body = new StringBuilder();
        List<String> p = s.paragraphs();
        for (int i = 0; i < p.size(); i++) {
            body.append("<p>").append(esc(p.get(i))).append("</p>\n");
            if (i % 4 == 3 && i < p.size() - 1) {
                body.append("<div class=\"amp-ad-wrapper\"><span class=\"label\">Advertisement</span><amp-ad width=\"300\" height=\"250\" type=\"doubleclick\"></amp-ad></div>");
            }
        }
        return "<!doctype html><html ⚡ lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(s.headline()) + "</title><link rel=\"canonical\" href=\"/story\">"
                + "<script async src=\"https://cdn.ampproject.org/v0.js\"></script><style amp-custom>body{}</style>" + jsonLd(s, "NewsArticle") + "</head><body>"
                + "<amp-consent id=\"consent\" layout=\"nodisplay\"><div class=\"consent-ui\"><p>We use cookies to personalise content and ads.</p></div></amp-consent>"
                + "<header class=\"amp-header\">" + nav() + "</header><article><h1>" + esc(s.headline()) + "</h1><p class=\"byline\">By " + s.author()
                + " <time datetime=\"" + s.date() + "\">" + s.date() + "</time></p><figure><amp-img src=\"/i.jpg\" width=\"800\" height=\"450\"></amp-img><figcaption>"
                + esc(s.caption()) + "</figcaption></figure>" + body + "<amp-social-share type=\"facebook\"></amp-social-share>"
                + "<amp-social-share type=\"email\">E-mail this to a friend</amp-social-share></article>" + related(s) + footer() + "</body></html>";
    }

    static String liveblog(Story s) {
        StringBuilder posts = new StringBuilder();
        List<String> p = s.paragraphs();
        for (int i = 0; i < p.size(); i += 2) {
            posts.append("<div class=\"live-post\" id=\"post-").append(i).append("\"><time datetime=\"").append(s.date()).append("\">").append(10 + i / 2)
                    .append(":0").append(i % 10).append("</time><div class=\"post-body\"><p>").append(esc(p.get(i))).append("</p>");
            if (i + 1 < p.size()) {
                posts.append("<p>").append(esc(p.get(i + 1))).append("</p>");
            }
            posts.append("</div><div class=\"post-share\"><a href=\"#\">Share this post</a></div></div>\n");
        }
        return head(s, jsonLd(s, "LiveBlogPosting")) + "<body>" + cookie() + "<header>" + nav() + "</header><main><h1>" + esc(s.headline())
                + " – live updates</h1><div class=\"live-meta\">By " + s.author() + "</div><div class=\"key-points\"><h2>Key points</h2><ul><li>"
                + esc(s.related().get(1)) + "</li><li>" + esc(s.related().get(2)) + "</li></ul></div><div class=\"live-feed\">" + posts + "</div>"
                + ad(9) + "</main>" + footer() + "</body></html>";
    }

    static String inlineClutter(Story s) {
        StringBuilder body = new StringBuilder();
        List<String> p = s.paragraphs();
        for (int i = 0; i < p.size(); i++) {
            body.append("<p>").append(esc(p.get(i))).append("</p>\n");
            if (i == 2) {
                body.append("<aside class=\"related-inline\"><h4>Related</h4><ul><li><a href=\"/x\">").append(esc(s.related().get(0)))
                        .append("</a></li><li><a href=\"/y\">").append(esc(s.related().get(1))).append("</a></li></ul></aside>");
                body.append("<div class=\"continue\"><span>Continue reading below</span></div>");
            }
            if (i == 3) {
                body.append(figure(s));
            }
        }
        return head(s, "<meta name=\"author\" content=\"" + s.author() + "\">") + "<body>" + cookie() + "<header>" + nav() + "</header>"
                + "<div class=\"container\"><article><header><h1>" + esc(s.headline()) + "</h1></header><div class=\"article-body\">" + body + "</div><p class=\"tags\">Topics: Politics, World</p>" + share() + "</article>"
                + mostRead(s) + "</div>" + footer() + "</body></html>";
    }

    /**
     * Written after the reader was tuned on the six shapes above and not tuned on since: a page
     * whose CSS-in-JS class names say nothing (as on several large news sites), with chrome
     * phrased differently from the other shapes.
     */
    static String hashedClasses(Story s) {
        StringBuilder body = new StringBuilder();
        List<String> p = s.paragraphs();
        for (int i = 0; i < p.size(); i++) {
            body.append("<div class=\"css-s99gbd StoryBodyCompanionColumn\"><div class=\"css-53u6y8\"><p class=\"css-at9mc1 evys1bk0\">")
                    .append(esc(p.get(i))).append("</p></div></div>\n");
            if (i == 2) {
                body.append("<div class=\"css-1v7x4zl\"><div class=\"css-x3fuqx\"><p class=\"css-1dv1kvn\">Supported by</p></div>"
                        + "<div class=\"css-1cz3ss8\"><p>Continue reading the main story</p></div></div>");
            }
            if (i == 4) {
                body.append("<div class=\"css-1gsfyq0\"><h2 class=\"css-u9wj4c\">Get the best of The Ledger in your inbox</h2>"
                        + "<p class=\"css-3ee4ab\">A daily summary of the most important stories, sent every morning.</p></div>");
            }
        }
        return head(s, "<meta property=\"og:title\" content=\"" + esc(s.headline()) + "\">") + "<body><div id=\"app\"><div class=\"css-1r4jc9r\">"
                + "<div class=\"css-9e9ivx\"><a class=\"css-1ewifd0\" href=\"/\">The Ledger</a><div class=\"css-1xw6jzf\"><a href=\"/world\">World</a> "
                + "<a href=\"/us\">U.S.</a> <a href=\"/politics\">Politics</a> <a href=\"/business\">Business</a></div></div>"
                + "<div class=\"css-1bymuyk\"><p>ADVERTISEMENT</p></div><main id=\"site-content\"><div class=\"css-1vxca1d\"><h1 class=\"css-88wicj\">"
                + esc(s.headline()) + "</h1><div class=\"css-xt80pu\"><p class=\"css-aknsld\">By <span class=\"css-1baulvz\">" + s.author()
                + "</span></p><time class=\"css-1sbuyqj\" datetime=\"" + s.date() + "\">" + s.date() + "</time></div>"
                + "<div class=\"css-1kjwhhs\"><span class=\"css-1n6z4y\">Share full article</span></div>"
                + "<section class=\"meteredContent css-1r7ky0e\">" + body + "</section>"
                + "<div class=\"css-1o4tsd6\"><h3>Related coverage</h3><ul><li><a href=\"/r1\">" + esc(s.related().get(0)) + "</a></li><li><a href=\"/r2\">"
                + esc(s.related().get(1)) + "</a></li></ul></div></div></main><div class=\"css-1bymuyk\"><p>ADVERTISEMENT</p></div>"
                + "<div class=\"css-jq1cx6\"><h2>Site Index</h2><div><a href=\"/n\">News</a> <a href=\"/o\">Opinion</a> <a href=\"/a\">Arts</a></div></div>"
                + "</div></div></body></html>";
    }
}
