package org.rasid.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article of one HTML page as plain text with paragraphs separated by blank lines, plus the
 * page's metadata. The plain text becomes the document's original text: every offset refers
 * to it, so it is built once here and never changed afterwards.
 *
 * <p>Navigation, scripts, forms, share bars and the like are dropped at the markup level where
 * the page marks them; what is left in the text is handled by the cleaner like any other text.
 */
public final class HtmlExtractor {
    /** What one page yields. Fields other than text may be null. */
    public record Page(String text, String title, String url, String outlet, String published) {
    }

    private static final String NOISE_TAGS = "script, style, noscript, template, nav, header, footer, aside, form,"
            + " iframe, svg, button, select, input, textarea, [role=navigation], [role=banner], [role=contentinfo],"
            + " [aria-hidden=true], [hidden]";
    /** class/id words that mark page furniture inside the article root. */
    private static final Pattern NOISE_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(share|sharing|social|comments?|related|breadcrumbs?|tags|advert\\w*|ads?|banner|"
                    + "newsletter|cookie|popup|sidebar|widget|most-?read|menu)([\\s_-]|$)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([a-z0-9_-]+)");
    private static final String BLOCKS = "p div h1 h2 h3 h4 h5 h6 li ul ol br article section blockquote tr table pre"
            + " figcaption dd dt dl main address hr";

    /** The charset a page names in its own meta tag, read from its ASCII-compatible head, or null. */
    public static String declaredCharset(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        String head = new String(bytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    public Page extract(String html, String baseUri) throws ReadException {
        org.jsoup.nodes.Document page = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String title = firstNonBlank(meta(page, "og:title"), page.title(), text(page.selectFirst("h1")));
        String url = firstNonBlank(attr(page.selectFirst("link[rel=canonical]"), "abs:href"), meta(page, "og:url"),
                baseUri != null && baseUri.startsWith("http") ? baseUri : null);
        String outlet = meta(page, "og:site_name");
        String published = firstNonBlank(meta(page, "article:published_time"), meta(page, "datePublished"),
                meta(page, "pubdate"), meta(page, "publishdate"), meta(page, "date"),
                attr(page.selectFirst("[itemprop=datePublished]"), "content"),
                attr(page.selectFirst("time[datetime]"), "datetime"));

        Element h1 = page.selectFirst("article h1, h1");
        String heading = h1 == null ? null : h1.text().trim();
        page.select(NOISE_TAGS).remove();
        Element root = contentRoot(page);
        for (Element e : root.select("*")) {
            if (e != root && e.parent() != null && (NOISE_CLASS.matcher(e.className()).find()
                    || NOISE_CLASS.matcher(e.id()).find())) {
                e.remove();
            }
        }
        StringBuilder out = new StringBuilder();
        render(root, out);
        String text = out.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").trim();
        if (!text.isEmpty() && heading != null && !heading.isEmpty() && !text.contains(heading)) {
            text = heading + "\n\n" + text; // the headline sat in a removed page header
        }
        if (text.isEmpty()) {
            throw new ReadException(ReadError.BROKEN_HTML, "no readable text in the page: its markup holds no text"
                    + " outside scripts, styles and navigation (an unclosed <script> or <style> swallows the rest)");
        }
        return new Page(text, title, url, outlet, published);
    }

    /** The element holding the article: the longest &lt;article&gt;, an articleBody, main, else body. */
    private static Element contentRoot(org.jsoup.nodes.Document page) {
        Element best = null;
        int bestLength = -1;
        // A nested candidate's text is part of its ancestor's, so it can never be strictly longer:
        // only the outermost candidates are measured, each subtree once (linear, not quadratic).
        for (Element a : outermost(page, page.select("article, [itemprop=articleBody]"))) {
            int length = a.text().length();
            if (best == null || length > bestLength) {
                best = a;
                bestLength = length;
            }
        }
        if (best != null && bestLength > 80) {
            return best;
        }
        Element main = page.selectFirst("main, [role=main]");
        if (main != null && main.text().length() > 80) {
            return main;
        }
        return page.body() != null ? page.body() : page;
    }

    /** The candidates not inside another candidate, in document order, found in one walk. */
    private static java.util.List<Element> outermost(Element root, Elements candidates) {
        java.util.Set<Element> wanted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        wanted.addAll(candidates);
        java.util.List<Element> out = new java.util.ArrayList<>();
        Node[] open = {null};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (open[0] == null && node instanceof Element e && wanted.contains(e)) {
                    open[0] = e;
                    out.add(e);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == open[0]) {
                    open[0] = null;
                }
            }
        }, root);
        return out;
    }

    private static void render(Element root, StringBuilder out) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replaceAll("[\\s\\u00A0]+", " ");
                    if (!s.isBlank() || (out.length() > 0 && out.charAt(out.length() - 1) != ' '
                            && out.charAt(out.length() - 1) != '\n')) {
                        out.append(s.isBlank() ? " " : s);
                    }
                } else if (node instanceof Element e && isBlock(e)) {
                    breakLine(out, e.normalName().equals("br") ? "\n" : "\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && isBlock(e) && !e.normalName().equals("br")) {
                    breakLine(out, "\n\n");
                }
            }
        }, root);
    }

    private static boolean isBlock(Element e) {
        return (" " + BLOCKS + " ").contains(" " + e.normalName().toLowerCase(Locale.ROOT) + " ");
    }

    private static void breakLine(StringBuilder out, String brk) {
        if (out.length() == 0) {
            return;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        if (brk.equals("\n\n") && out.length() > 0 && out.charAt(out.length() - 1) == '\n'
                && (out.length() < 2 || out.charAt(out.length() - 2) != '\n')) {
            out.append('\n');
        } else if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append(brk);
        }
    }

    private static String meta(org.jsoup.nodes.Document page, String name) {
        Elements m = page.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        for (Element e : m) {
            String c = e.attr("content");
            if (!c.isBlank()) {
                return c.trim();
            }
        }
        return null;
    }

    private static String attr(Element e, String a) {
        if (e == null) {
            return null;
        }
        String v = e.attr(a);
        return v.isBlank() ? null : v.trim();
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
