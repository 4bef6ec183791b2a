package org.rasid.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.ingest.Document;
import org.rasid.lexicon.DataFile;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.CliticSplitter;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

/**
 * Sorts the lines of a page into news and furniture, and reads the metadata the page prints.
 * It never edits the text: the result is a list of spans with their kind (see {@link Cleaning}).
 *
 * <p>What it knows comes from the data files clean/boilerplate.tsv (headers of related-article
 * and most-read blocks, comment counters, share bars, ticker headers, site names, labels of
 * dates and editors) and outlets.tsv (columns byline, byline_aliases: outlet names for bylines
 * and datelines). The rules
 * around them are structural: a related/most-read header takes the headline-like lines after
 * it; a title is a short unpunctuated line before the body, and its repeats are titles too; a
 * line with several "- HH:MM" stamps is a ticker whose items are separate news.
 */
public final class BoilerplateCleaner {
    private static final int MAX_TITLE_WORDS = 25;
    private static final int MAX_HEADLINE_WORDS = 20;
    /** A crosshead or a related headline in the body: 4 to 24 words. */
    private static final int MIN_HEADING_WORDS = 4;
    private static final int MAX_HEADING_WORDS = 24;
    /** Longer than this, a line opened by و or ف continues the story ("وذكر المرصد أن …"). */
    private static final int MAX_CONJOINED_HEADING_WORDS = 9;
    /** Final punctuation of a sentence (or of a line that introduces a quote or a list). */
    private static final String SENTENCE_END = ".:،,!?؟\"”»)…'";
    /** Lines longer than this are never page furniture or titles (25 words are about 160 chars). */
    private static final int MAX_FURNITURE_CHARS = 320;
    private static final Pattern TICKER_STAMP = Pattern.compile("\\s[-–—]\\s*(\\d{1,2}:\\d{2})(?=\\s|$)");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[-–—|]|::)\\s+");
    private static final Pattern DASHED = Pattern.compile("^(.{2,30}?)\\s*[-–—]\\s*(.{2,40})$");
    /** What stands between a link cue and the headline it links to (not a comma: "أيضا، قال …" is a sentence). */
    private static final String LINK_SEPARATORS = ":|.-–—";
    private static final Pattern ICON_NAME = Pattern.compile("^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+$");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");
    // expressions every line meets, compiled once (String.replaceAll/matches compiled them per line)
    private static final Pattern DIGITS_ONLY = Pattern.compile("\\d*");
    private static final Pattern COUNT_CHARS = Pattern.compile("[\\d()\\[\\]]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N} ]");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    private final Map<String, String> lineKinds = new HashMap<>();
    private final Set<String> shareWords = new HashSet<>();
    /** Longest share phrases first, so "شارك على" is removed before "شارك". */
    private List<String> shareWordsLongestFirst = List.of();
    private final Set<String> siteNames = new HashSet<>();
    /** Words that open a line linking to another article when a separator follows ("للمزيد: …"). */
    private final List<String> linkCues = new ArrayList<>();
    private final List<String> publishedLabels = new ArrayList<>();
    private final List<String> editorLabels = new ArrayList<>();
    private final OutletNames outlets;

    private static volatile BoilerplateCleaner defaults;

    private BoilerplateCleaner(OutletNames outlets) {
        this.outlets = outlets;
    }

    /** The cleaner with the lexicons of the data folder (loaded once, shared: it is immutable). */
    public static BoilerplateCleaner withDefaults() {
        BoilerplateCleaner c = defaults;
        if (c == null) {
            c = load();
            defaults = c;
        }
        return c;
    }

    static BoilerplateCleaner load() {
        BoilerplateCleaner c = new BoilerplateCleaner(OutletNames.load());
        for (DataFile.Row row : DataFile.readTsv("clean/boilerplate.tsv")) {
            String kind = row.get("kind");
            String key = LineKey.of(row.get("phrase"));
            if (key.isEmpty()) {
                throw row.error("empty phrase");
            }
            switch (kind) {
                case "related", "most-read", "comments", "ui", "ticker-head" -> c.lineKinds.put(key, kind);
                case "share" -> c.shareWords.add(key);
                case "site-name" -> c.siteNames.add(key);
                case "link-cue" -> c.linkCues.add(key);
                case "published-label" -> c.publishedLabels.add(key.toLowerCase(java.util.Locale.ROOT));
                case "editor-label" -> c.editorLabels.add(key.toLowerCase(java.util.Locale.ROOT));
                default -> throw row.error("unknown kind " + kind);
            }
        }
        List<String> share = new ArrayList<>(c.shareWords);
        share.sort((a, b) -> b.length() - a.length());
        c.shareWordsLongestFirst = List.copyOf(share);
        return c;
    }

    public Cleaning clean(Document doc) {
        return clean(doc, ArabicNormalizer.normalize(doc.text()));
    }

    /**
     * The same, given the normalised text of the document (the pipeline has it anyway): the
     * line keys are cut from it instead of normalising every line again.
     */
    public Cleaning clean(Document doc, NormalizedText normalized) {
        return new Run(doc, normalized).clean();
    }

    /** The state of cleaning one document. */
    private final class Run {
        final String text;
        final Document doc;
        final NormalizedText normalized;
        final List<Block> blocks = new ArrayList<>();
        String title;
        String titleKey;
        String published;
        String outlet;
        String dateline;
        String editor;

        Run(Document doc, NormalizedText normalized) {
            this.doc = doc;
            this.text = doc.text();
            this.normalized = normalized;
        }

        Cleaning clean() {
            List<Span> lines = lines(text);
            String docTitleKey = doc.title() == null ? null : LineKey.of(doc.title());
            boolean bodyStarted = false;
            BlockKind trailing = null;
            boolean afterComments = false;
            boolean afterTickerHead = false;
            for (int i = 0; i < lines.size(); i++) {
                Span line = lines.get(i);
                if (line.length() > MAX_FURNITURE_CHARS) {
                    // too long for a title, a header, a byline or a menu: news, unless a ticker
                    // (most of the text: read in place, not cut from the document)
                    trailing = null;
                    afterComments = false;
                    if (!tickerItems(line, afterTickerHead)) {
                        add(line, BlockKind.BODY);
                        bodyStarted = true;
                    }
                    afterTickerHead = false;
                    continue;
                }
                String key = LineKey.of(normalized, line);
                String kind = lineKind(key);
                if (trailing != null) {
                    if (kind == null && headlineLike(line, key)) {
                        add(line, trailing);
                        continue;
                    }
                    trailing = null;
                }
                if (afterComments && kind == null && DIGITS_ONLY.matcher(key).matches()) {
                    add(line, BlockKind.COMMENTS);
                    continue;
                }
                afterComments = false;
                if (kind != null) {
                    switch (kind) {
                        case "related" -> trailing = BlockKind.RELATED;
                        case "most-read" -> trailing = BlockKind.MOST_READ;
                        case "comments" -> afterComments = true;
                        case "ticker-head" -> afterTickerHead = true;
                        default -> {
                        }
                    }
                    add(line, switch (kind) {
                        case "related" -> BlockKind.RELATED;
                        case "most-read" -> BlockKind.MOST_READ;
                        case "comments" -> BlockKind.COMMENTS;
                        case "ticker-head" -> BlockKind.TICKER_HEAD;
                        case "share" -> BlockKind.SHARE;
                        default -> BlockKind.UI;
                    });
                    continue;
                }
                if (linkLine(key)) {
                    add(line, BlockKind.RELATED);
                    continue;
                }
                if (tickerItems(line, afterTickerHead)) {
                    afterTickerHead = false;
                    continue;
                }
                afterTickerHead = false;
                if (publishedLine(line, key) || editorLine(line, key) || bylineOrDateline(line, key, bodyStarted)) {
                    continue;
                }
                if (titleKey != null && key.equals(titleKey)
                        || docTitleKey != null && (key.equals(docTitleKey) || titleWithSite(key, docTitleKey))) {
                    add(line, BlockKind.TITLE);
                    if (titleKey == null) {
                        titleKey = key; // the reader's title: no other line is taken for a title
                    }
                    continue;
                }
                if (!bodyStarted && titleKey == null && titleLike(line, key)) {
                    title(line, line.of(text), lines, i);
                    continue;
                }
                if (bodyStarted && i == lines.size() - 1 && heading(line, key)) {
                    // a headline under the story's last paragraph is a link to another article
                    add(line, BlockKind.RELATED);
                    continue;
                }
                if (bodyStarted && i + 1 < lines.size() && heading(line, key) && paragraph(lines.get(i + 1))) {
                    add(line, BlockKind.CROSSHEAD);
                    continue;
                }
                add(line, BlockKind.BODY);
                bodyStarted = true;
            }
            String t = title != null ? title : doc.title();
            return new Cleaning(blocks, new PageMetadata(t, published, outlet, dateline, editor));
        }

        private void add(Span span, BlockKind kind) {
            blocks.add(new Block(span, kind));
        }

        /** A whole-line kind from the lexicon, or null. */
        private String lineKind(String key) {
            if (key.isEmpty()) {
                return "ui"; // only symbols: an emoji, a bullet, a separator line
            }
            String kind = lineKinds.get(key);
            if (kind != null) {
                return kind;
            }
            if (key.length() > 80) {
                return null; // counters, share bars and icon names are short
            }
            String noCount = LineKey.singleSpaced(COUNT_CHARS.matcher(key).replaceAll(" ").trim());
            if (!noCount.equals(key) && "comments".equals(lineKinds.get(noCount))) {
                return "comments"; // "التعليقات (0)"
            }
            if (shareLine(key)) {
                return "share";
            }
            if (ICON_NAME.matcher(key).matches()) {
                return "ui"; // icon ligature names left by icon fonts: "access_time"
            }
            return null;
        }

        private boolean shareLine(String key) {
            String rest = " " + LineKey.singleSpaced(NOT_WORD.matcher(key).replaceAll(" ")).trim() + " ";
            if (rest.isBlank()) {
                return false;
            }
            for (String w : shareWordsLongestFirst) {
                rest = rest.replace(" " + w + " ", " ");
                rest = rest.replace(" " + w + " ", " ");
            }
            return rest.isBlank();
        }

        /**
         * "للمزيد: سوريا: أردوغان عازم على …", "اقرأ أيضا| …": a cue, a separator, then another
         * article's headline. The separator matters: "شاهد" alone may open a sentence of the story.
         */
        private boolean linkLine(String key) {
            if (LineKey.words(key) > MAX_HEADLINE_WORDS + 4) {
                return false;
            }
            for (String cue : linkCues) {
                if (key.startsWith(cue) && key.length() > cue.length()) {
                    int k = cue.length();
                    while (k < key.length() && key.charAt(k) == ' ') {
                        k++;
                    }
                    if (k < key.length() && LINK_SEPARATORS.indexOf(key.charAt(k)) >= 0) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean headlineLike(Span line, String key) {
            int w = LineKey.words(key);
            char last = lastKept(line);
            return w > 0 && w <= MAX_HEADLINE_WORDS && last != '.' && last != ':';
        }

        /**
         * A short line without final punctuation inside the body: a crosshead or another article's
         * headline. A long line opened by a conjunction is a clause of the story that lost its full stop.
         */
        private boolean heading(Span line, String key) {
            int w = LineKey.words(key);
            if (w < MIN_HEADING_WORDS || w > MAX_HEADING_WORDS || SENTENCE_END.indexOf(lastKept(line)) >= 0
                    || Character.isDigit(key.charAt(0))) {
                return false;
            }
            return w <= MAX_CONJOINED_HEADING_WORDS || CliticSplitter.CONJUNCTIONS.indexOf(key.charAt(0)) < 0;
        }

        /** A paragraph of the story: long, or closed by a full stop, a quote or a colon. */
        private boolean paragraph(Span line) {
            return LineKey.words(LineKey.of(normalized, line)) > MAX_HEADING_WORDS
                    || SENTENCE_END.indexOf(text.charAt(line.end() - 1)) >= 0;
        }

        private boolean titleLike(Span line, String key) {
            int w = LineKey.words(key);
            char last = lastKept(line);
            return w >= 2 && w <= MAX_TITLE_WORDS && last != '.' && last != ':' && last != '،';
        }

        /**
         * The last char of the line that {@code strip()} keeps, or 0 when it keeps none. The line
         * tests read the text in place: a copy of every line, made to look at its ends or to find
         * a comma, was the cleaner's largest allocation.
         */
        private char lastKept(Span line) {
            for (int k = line.end() - 1; k >= line.start(); k--) {
                char c = text.charAt(k);
                if (!Character.isWhitespace(c)) {
                    return c;
                }
            }
            return 0;
        }

        /** Whether the line holds {@code c}. */
        private boolean holds(Span line, char c) {
            for (int k = line.start(); k < line.end(); k++) {
                if (text.charAt(k) == c) {
                    return true;
                }
            }
            return false;
        }

        /** The first title line; a site name glued after a separator is split off. */
        private void title(Span line, String raw, List<Span> lines, int at) {
            Matcher m = TITLE_SEPARATOR.matcher(raw);
            int cut = -1;
            int sep = -1;
            while (m.find()) {
                sep = m.start();
                cut = m.end();
            }
            if (cut > 0) {
                String head = raw.substring(0, sep);
                String tail = raw.substring(cut);
                String headKey = LineKey.of(head);
                String tailKey = LineKey.of(tail);
                boolean repeated = false;
                for (int j = at + 1; j < lines.size() && !repeated; j++) {
                    repeated = LineKey.of(normalized, lines.get(j)).equals(headKey);
                }
                boolean latinSuffix = LATIN.matcher(tail).find() && !ARABIC.matcher(tail).find()
                        && ARABIC.matcher(head).find();
                if (LineKey.words(tailKey) <= 5 && !headKey.isEmpty()
                        && (siteNames.contains(tailKey) || repeated || latinSuffix)) {
                    int headEnd = line.start() + head.stripTrailing().length();
                    add(new Span(line.start(), headEnd), BlockKind.TITLE);
                    int siteStart = line.start() + sep;
                    while (Character.isWhitespace(text.charAt(siteStart))) {
                        siteStart++;
                    }
                    add(new Span(siteStart, line.end()), BlockKind.SITE_NAME);
                    title = head.strip();
                    titleKey = headKey;
                    return;
                }
            }
            add(line, BlockKind.TITLE);
            title = raw.strip();
            titleKey = LineKey.of(raw);
        }

        private boolean titleWithSite(String key, String docTitleKey) {
            int n = docTitleKey.length();
            return key.length() > n && key.charAt(n) == ' ' && key.startsWith(docTitleKey)
                    && LineKey.words(key) - LineKey.words(docTitleKey) <= 5
                    && titleKey == null;
        }

        /** A line of breaking news items "text - 09:33 text - 21:08 …": each item is a ticker block. */
        private boolean tickerItems(Span line, boolean afterHead) {
            // matched in the line's region of the text: its bounds anchor "$" and hide what lies
            // outside, as the line cut out would; offsets are the text's
            Matcher m = TICKER_STAMP.matcher(text).region(line.start(), line.end());
            List<int[]> stamps = new ArrayList<>();
            while (m.find()) {
                stamps.add(new int[] {m.start(), m.end()});
            }
            if (stamps.size() < (afterHead ? 1 : 3)) {
                return false;
            }
            int from = line.start();
            for (int[] s : stamps) {
                addTrimmed(from, s[0], BlockKind.TICKER);
                from = s[1];
            }
            addTrimmed(from, line.end(), BlockKind.TICKER);
            return true;
        }

        private void addTrimmed(int s, int e, BlockKind kind) {
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                add(new Span(s, e), kind);
            }
        }

        /** "تاريخ النشر: 2018/07/02 16:12". */
        private boolean publishedLine(Span line, String key) {
            if (key.length() > 80) {
                return false;
            }
            String lower = key.toLowerCase(java.util.Locale.ROOT);
            for (String label : publishedLabels) {
                if (lower.startsWith(label)) {
                    String date = PublishedDate.parse(key.substring(label.length()));
                    if (date != null) {
                        add(line, BlockKind.PUBLISHED);
                        if (published == null) {
                            published = date;
                        }
                        return true;
                    }
                }
            }
            return false;
        }

        /** "Editing: حسن برهان |". */
        private boolean editorLine(Span line, String key) {
            if (key.length() > 80) {
                return false;
            }
            String lower = key.toLowerCase(java.util.Locale.ROOT);
            for (String label : editorLabels) {
                String l = label;
                if (lower.startsWith(l) && lower.length() > l.length()
                        && (lower.charAt(l.length()) == ':' || lower.startsWith(l + " :"))) {
                    String name = LineKey.of(line.of(text).strip().substring(
                            line.of(text).strip().indexOf(':') + 1));
                    int w = LineKey.words(name);
                    if (w >= 1 && w <= 5) {
                        add(line, BlockKind.EDITOR);
                        if (editor == null) {
                            editor = line.of(text).strip().substring(line.of(text).strip().indexOf(':') + 1)
                                    .replaceAll("[|•·]", "").strip();
                        }
                        return true;
                    }
                }
            }
            return false;
        }

        /** "بلدي نيوز – (محمد الشمالي)" (outlet and editor) or "سمارت-درعا" (outlet and place). */
        private boolean bylineOrDateline(Span line, String key, boolean bodyStarted) {
            if (holds(line, '،') || holds(line, '.') || LineKey.words(key) > 14) {
                return false;
            }
            String raw = line.of(text);
            if (LineKey.words(key) > 8) {
                return agencyDateline(line, key);
            }
            Matcher m = DASHED.matcher(raw.strip());
            if (!m.matches()) {
                return agencyDateline(line, key);
            }
            String left = m.group(1).strip();
            String rightRaw = m.group(2).strip();
            boolean paren = rightRaw.startsWith("(") && rightRaw.endsWith(")");
            String right = paren ? rightRaw.substring(1, rightRaw.length() - 1).strip() : rightRaw;
            String leftOutlet = outlets.find(left);
            String rightOutlet = outlets.find(right);
            if (rightOutlet != null && !paren) {
                add(line, BlockKind.DATELINE);
                setOutlet(rightOutlet);
                setDateline(left);
                return true;
            }
            if (leftOutlet != null || (paren && !bodyStarted && LineKey.words(LineKey.of(left)) <= 3)) {
                String out = leftOutlet != null ? leftOutlet : left;
                if (paren || LineKey.words(LineKey.of(right)) >= 2 && leftOutlet == null) {
                    add(line, BlockKind.BYLINE);
                    setOutlet(out);
                    if (editor == null) {
                        editor = right;
                    }
                } else {
                    add(line, BlockKind.DATELINE);
                    setOutlet(out);
                    setDateline(right);
                }
                return true;
            }
            return false;
        }

        /** "بيروت 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس": place, date, then the agency. */
        private boolean agencyDateline(Span line, String key) {
            String[] w = key.split(" ");
            if (w.length < 3 || !HAS_DIGIT.matcher(key).matches()) {
                return false;
            }
            for (int k = Math.min(3, w.length - 1); k >= 1; k--) {
                String tail = String.join(" ", java.util.Arrays.copyOfRange(w, w.length - k, w.length));
                String o = outlets.find(tail);
                if (o != null) {
                    add(line, BlockKind.DATELINE);
                    setOutlet(o);
                    setDateline(w[0]);
                    return true;
                }
            }
            return false;
        }

        private void setOutlet(String o) {
            if (outlet == null) {
                outlet = o;
            }
        }

        private void setDateline(String d) {
            if (dateline == null) {
                dateline = d;
            }
        }
    }

    /** The non-blank lines of a text, each trimmed of white space at both ends. */
    public static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int e = i;
            while (e < n && text.charAt(e) != '\n' && text.charAt(e) != '\r' && text.charAt(e) != '\u2029') {
                e++;
            }
            int s = i;
            int t = e;
            while (s < t && isSpace(text.charAt(s))) {
                s++;
            }
            while (t > s && isSpace(text.charAt(t - 1))) {
                t--;
            }
            if (t > s) {
                out.add(new Span(s, t));
            }
            i = e + 1;
        }
        return out;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200F'
                || c == '\u200E' || c == '\uFEFF';
    }
}
