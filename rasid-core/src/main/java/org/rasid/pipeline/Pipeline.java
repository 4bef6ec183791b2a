package org.rasid.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.rasid.clean.BoilerplateCleaner;
import org.rasid.clean.Cleaning;
import org.rasid.clean.PageMetadata;
import org.rasid.dedup.Deduplicator;
import org.rasid.dedup.DuplicateIndex;
import org.rasid.model.Event;
import org.rasid.events.ConfidenceScorer;
import org.rasid.events.EventExtractor;
import org.rasid.events.MentionArguments;
import org.rasid.events.StatementFate;
import org.rasid.ingest.Document;
import org.rasid.merge.EventMerger;
import org.rasid.segment.Story;
import org.rasid.segment.StorySegmenter;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

/**
 * The one entry point the CLI, the server and the Spark job share: a document in, its stories
 * and events out (clean -> segment -> dedup -> events). Thread-safe once built; build once,
 * reuse for every document. Each stage is public too, so a benchmark can time them one by one.
 */
public final class Pipeline {
    private final BoilerplateCleaner cleaner;
    private final StorySegmenter segmenter;
    private final EventExtractor extractor;
    private final EventMerger merger = new EventMerger();

    private Pipeline(BoilerplateCleaner cleaner, StorySegmenter segmenter, EventExtractor extractor) {
        this.cleaner = cleaner;
        this.segmenter = segmenter;
        this.extractor = extractor;
    }

    public static Pipeline withDefaults() {
        return withScorer(ConfidenceScorer.standard());
    }

    /** The default stages with another confidence scorer (calibration records features with one). */
    public static Pipeline withScorer(ConfidenceScorer scorer) {
        return new Pipeline(BoilerplateCleaner.withDefaults(), StorySegmenter.withDefaults(),
                EventExtractor.withScorer(MentionArguments.withDefaults(), scorer));
    }

    /**
     * The default stages, telling {@code witness} the fate of every speech verb and verbal trigger
     * (issue 14: which stage drops which statement; `rasid extract --statement-fates`).
     */
    public static Pipeline witnessed(Consumer<StatementFate> witness) {
        return new Pipeline(BoilerplateCleaner.withDefaults(), StorySegmenter.withDefaults(),
                EventExtractor.witnessed(MentionArguments.withDefaults(), witness));
    }

    /** Duplicates within the document only. */
    public DocumentResult process(Document doc) {
        return process(doc, new DuplicateIndex(), new DuplicateIndex());
    }

    /**
     * Duplicates within the document and of every document processed before with the same two
     * indexes (paragraphs, stories): pass one pair for a whole run.
     */
    public DocumentResult process(Document doc, DuplicateIndex paragraphs, DuplicateIndex stories) {
        // normalised once: cleaning cuts its line keys from it, duplicate search and events read it
        NormalizedText normalized = ArabicNormalizer.normalize(doc.text());
        Cleaning cleaning = clean(doc, normalized);
        Document d = withMetadata(doc, cleaning.metadata()); // the same text: the normalisation holds
        Deduplicator.Result dedup = Deduplicator.find(normalized, segment(d, cleaning), paragraphs, stories);
        return result(d, normalized, cleaning, dedup, dedup);
    }

    /** The result with the stories and duplicates of {@code found}, the events of what {@code dropped} marks. */
    private DocumentResult result(Document d, NormalizedText normalized, Cleaning cleaning, Deduplicator.Result found,
                                  Deduplicator.Result dropped) {
        List<String> warnings = new ArrayList<>();
        if (found.stories().isEmpty()) {
            warnings.add(d.id() + ": no news text left after cleaning");
        }
        List<Event> events = events(d, normalized, dropped);
        return new DocumentResult(d, found.stories(), events, warnings, cleaning, found.duplicates());
    }

    /**
     * A document's reports for a merge across documents (issue 15; `extract --merge`, the store
     * and the Spark job): its events as {@link #process(Document)} finds them, so a paragraph
     * repeating an earlier document keeps its events and the merge makes the repeating outlet
     * a source, while repeats inside the document still yield their events once; its
     * duplicates, as {@link #process(Document, DuplicateIndex, DuplicateIndex)} reports them,
     * against the run's two indexes.
     */
    public DocumentResult reports(Document doc, DuplicateIndex paragraphs, DuplicateIndex stories) {
        NormalizedText normalized = ArabicNormalizer.normalize(doc.text());
        Cleaning cleaning = clean(doc, normalized);
        Document d = withMetadata(doc, cleaning.metadata());
        Deduplicator.Both dedup = Deduplicator.findInRunAndDocument(normalized, segment(d, cleaning), paragraphs, stories);
        return result(d, normalized, cleaning, dedup.run(), dedup.document());
    }

    /** Stage 2: what to read and what to skip, and the page's own metadata. */
    public Cleaning clean(Document doc) {
        return cleaner.clean(doc);
    }

    /** The same, given the document's normalised text (cleaning cuts its line keys from it). */
    public Cleaning clean(Document doc, NormalizedText normalized) {
        return cleaner.clean(doc, normalized);
    }

    /** Stage 3: stories, paragraphs, sentences. */
    public List<Story> segment(Document doc, Cleaning cleaning) {
        return segmenter.segment(doc, cleaning);
    }

    /**
     * Stage 5, the seam for the events package: one EventExtractor call per story of
     * dedup.stories() that is not a repeat (story.duplicateOf() < 0), over the shared normalised
     * text of the whole document; sentences inside a repeated paragraph (dedup.isRepeat(span))
     * yield their events once.
     */
    private List<Event> events(Document doc, NormalizedText normalized, Deduplicator.Result dedup) {
        List<Event> events = new ArrayList<>();
        for (Story story : dedup.stories()) {
            if (story.duplicateOf() >= 0 || allRepeats(story, dedup)) {
                continue; // every event's evidence is one of the story's sentences: all would be dropped
            }
            for (Event e : extractor.extract(doc, normalized, story)) {
                if (!dedup.isRepeat(new Span(e.evidence().start(), e.evidence().end()))) {
                    events.add(e);
                }
            }
        }
        return merger.merge(events); // the same event told twice in the document becomes one
    }

    /** True when every sentence of the story lies in a repeated paragraph or story (a republished copy). */
    private static boolean allRepeats(Story story, Deduplicator.Result dedup) {
        if (dedup.duplicates().isEmpty()) {
            return false;
        }
        for (Span sentence : story.sentences()) {
            if (!dedup.isRepeat(sentence)) {
                return false;
            }
        }
        return true;
    }

    /** The document with the metadata its text printed, where the reader had none. */
    static Document withMetadata(Document doc, PageMetadata meta) {
        String title = doc.title();
        if (title == null || meta.title() != null && title.startsWith(meta.title()) && !title.equals(meta.title())) {
            title = meta.title(); // none, or the page's <title> with the site name glued on
        }
        if (Objects.equals(title, doc.title()) && (doc.outlet() != null || meta.outlet() == null)
                && (doc.published() != null || meta.published() == null)) {
            return doc;
        }
        return new Document(doc.id(), doc.source(), doc.text(), title,
                doc.url(), doc.outlet() != null ? doc.outlet() : meta.outlet(),
                doc.published() != null ? doc.published() : meta.published(), doc.charset());
    }
}
