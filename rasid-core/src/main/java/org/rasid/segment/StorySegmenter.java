package org.rasid.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.clean.Block;
import org.rasid.clean.BlockKind;
import org.rasid.clean.Cleaning;
import org.rasid.clean.PageMetadata;
import org.rasid.ingest.Document;
import org.rasid.lexicon.DataFile;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.Span;

/**
 * Cuts a cleaned document into stories, paragraphs and sentences.
 *
 * <p>An ordinary article is one story. A page that glues many reports together is recognised
 * by its section headers ("حلب::"); in such a page every paragraph that opens with a story
 * opener (data file segment/story-openers.tsv: كشفت، استشهد، تعرضت …) starts a new story, the
 * other paragraphs continue the story before them, and every story remembers the section it
 * sits under. A section ends at its next header or where a long (three paragraphs or more)
 * article starts, since digest items are short. Breaking-news ticker items are stories of
 * their own in any page.
 */
public final class StorySegmenter {
    private static final Pattern SECTION = Pattern.compile("^([^:\\n]{2,40}?)\\s*::+\\s*$");
    /** A story this long after a section is a full article, not an item of that section. */
    private static final int SECTION_ITEM_MAX_PARAGRAPHS = 2;

    private final Set<String> openers = new HashSet<>();
    private static volatile StorySegmenter defaults;

    private StorySegmenter() {
    }

    public static StorySegmenter withDefaults() {
        StorySegmenter s = defaults;
        if (s == null) {
            s = new StorySegmenter();
            for (DataFile.Row row : DataFile.readTsv("segment/story-openers.tsv")) {
                s.openers.add(ArabicNormalizer.normalizeTerm(row.get("word")));
            }
            defaults = s;
        }
        return s;
    }

    /** A draft story while paragraphs are added. */
    private static final class Draft {
        final List<Span> paragraphs = new ArrayList<>();
        final String kind;
        String section;
        int sectionHeader = -1;

        Draft(String kind) {
            this.kind = kind;
        }
    }

    public List<Story> segment(Document doc, Cleaning cleaning) {
        String text = doc.text();
        List<Block> news = cleaning.news();
        boolean digest = false;
        for (Block b : news) {
            if (b.kind() == BlockKind.BODY && mayBeSection(text, b.span()) && sectionName(b.span().of(text)) != null) {
                digest = true;
                break;
            }
        }
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        String section = null;
        int header = -1;
        for (int i = 0; i < news.size(); i++) {
            Block b = news.get(i);
            if (b.kind() == BlockKind.TICKER) {
                Draft t = new Draft(Story.TICKER);
                t.paragraphs.add(b.span());
                drafts.add(t);
                current = null;
                continue;
            }
            // the paragraph's text is read only in a digest: an article's paragraphs are not copied
            String para = digest ? b.span().of(text) : null;
            if (digest) {
                String name = sectionName(para);
                if (name != null) {
                    section = name;
                    header = i;
                    current = null;
                    continue;
                }
            }
            if (current == null || digest && opens(para)) {
                current = new Draft(digest ? Story.REPORT : Story.ARTICLE);
                current.section = section;
                current.sectionHeader = header;
                drafts.add(current);
            }
            current.paragraphs.add(b.span());
        }
        endLongSections(drafts);
        return build(doc, cleaning.metadata(), drafts, digest, text);
    }

    /** Clears the section of a long article after a section, and of what follows it under that header. */
    private static void endLongSections(List<Draft> drafts) {
        int closed = -1;
        for (Draft d : drafts) {
            if (d.sectionHeader < 0) {
                continue;
            }
            if (d.sectionHeader == closed || d.paragraphs.size() > SECTION_ITEM_MAX_PARAGRAPHS) {
                closed = d.sectionHeader;
                d.section = null;
            }
        }
    }

    private static List<Story> build(Document doc, PageMetadata meta, List<Draft> drafts, boolean digest,
                                     String text) {
        String published = doc.published() != null ? doc.published() : meta.published();
        String outlet = doc.outlet() != null ? doc.outlet() : meta.outlet();
        List<Story> stories = new ArrayList<>();
        for (Draft d : drafts) {
            List<Span> sentences = new ArrayList<>();
            for (Span p : d.paragraphs) {
                sentences.addAll(SentenceSplitter.split(text, p));
            }
            Span span = new Span(d.paragraphs.get(0).start(), d.paragraphs.get(d.paragraphs.size() - 1).end());
            boolean article = d.kind.equals(Story.ARTICLE);
            stories.add(new Story(doc.id(), stories.size(), span, article ? meta.title() : null, d.section,
                    article ? meta.dateline() : null, outlet, published, d.paragraphs, sentences, -1, d.kind));
        }
        return stories;
    }

    /**
     * Whether the paragraph holds "::", which {@link #sectionName} needs: most paragraphs of
     * every document are asked, and the answer is read in place, without copying the text.
     */
    static boolean mayBeSection(String text, Span paragraph) {
        for (int i = paragraph.start() + 1; i < paragraph.end(); i++) {
            if (text.charAt(i) == ':' && text.charAt(i - 1) == ':') {
                return true;
            }
        }
        return false;
    }

    /** "حلب" for the line "حلب::", else null. */
    static String sectionName(String paragraph) {
        Matcher m = SECTION.matcher(paragraph.strip());
        return m.matches() ? m.group(1).strip() : null;
    }

    private boolean opens(String paragraph) {
        String n = ArabicNormalizer.normalize(paragraph.substring(0, Math.min(paragraph.length(), 40))).text();
        int s = 0;
        while (s < n.length() && !Character.isLetter(n.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < n.length() && Character.isLetter(n.charAt(e))) {
            e++;
        }
        return e > s && openers.contains(n.substring(s, e));
    }
}
