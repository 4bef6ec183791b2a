package org.rasid.dedup;

import java.util.ArrayList;
import java.util.List;
import org.rasid.segment.Story;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

/**
 * Marks the paragraphs and stories of a document that repeat earlier ones: in the document
 * itself (a digest that prints its daily summary twice) or, given a shared index, in documents
 * read before. A story that repeats an earlier story of its own document gets
 * {@link Story#duplicateOf()}; every repeat becomes a {@link Duplicate}.
 */
public final class Deduplicator {
    /** The stories (with duplicateOf set) and the repeats found. */
    public record Result(List<Story> stories, List<Duplicate> duplicates) {
        /** True when {@code span} (a sentence, say) lies inside a paragraph or story that repeats an earlier one. */
        public boolean isRepeat(Span span) {
            for (Duplicate d : duplicates) {
                if (d.span().contains(span)) {
                    return true;
                }
            }
            return false;
        }
    }

    private Deduplicator() {
    }

    /** Duplicates inside one document only. */
    public static Result within(NormalizedText doc, List<Story> stories) {
        List<Fingerprint> prints = fingerprints(doc, stories);
        return mark(prints, paragraphIndex(prints), storyIndex(prints));
    }

    /**
     * Duplicates of earlier texts in the two indexes (paragraphs, stories), which then remember
     * this document's texts too.
     */
    public static Result find(NormalizedText doc, List<Story> stories, DuplicateIndex paragraphs,
                              DuplicateIndex storyIndex) {
        return mark(fingerprints(doc, stories), paragraphs, storyIndex);
    }

    /**
     * Both answers from one fingerprinting: repeats of texts in the run's two indexes (which
     * then remember this document) and repeats inside the document alone, as {@link #within}
     * finds them.
     */
    public static Both findInRunAndDocument(NormalizedText doc, List<Story> stories, DuplicateIndex paragraphs,
                                            DuplicateIndex storyIndex) {
        List<Fingerprint> prints = fingerprints(doc, stories);
        return new Both(mark(prints, paragraphs, storyIndex), mark(prints, paragraphIndex(prints), storyIndex(prints)));
    }

    /** An index for the paragraphs of one document, sized for them (see {@link DuplicateIndex#sizedFor}). */
    private static DuplicateIndex paragraphIndex(List<Fingerprint> prints) {
        int texts = 0;
        int near = 0;
        for (Fingerprint f : prints) {
            texts += f.parts().size();
            for (long[] signature : f.signatures()) {
                near += signature == null ? 0 : 1;
            }
        }
        return DuplicateIndex.sizedFor(texts, near);
    }

    /** An index for the stories of one document, sized for them. */
    private static DuplicateIndex storyIndex(List<Fingerprint> prints) {
        int near = 0;
        for (Fingerprint f : prints) {
            near += f.storySignature() == null ? 0 : 1;
        }
        return DuplicateIndex.sizedFor(prints.size(), near);
    }

    /** The repeats of earlier documents and of the document itself ({@code run}), and of the document alone. */
    public record Both(Result run, Result document) {
    }

    /** A story with its paragraphs' shingles and signatures and the story's own signature. */
    private record Fingerprint(Story story, List<Shingler.Shingles> parts, List<long[]> signatures,
                               Shingler.Shingles storyShingles, long[] storySignature) {
    }

    private static List<Fingerprint> fingerprints(NormalizedText doc, List<Story> stories) {
        List<Fingerprint> out = new ArrayList<>(stories.size());
        MinHashBuffers buffers = MinHashBuffers.ofThread();
        for (Story story : stories) {
            // paragraphs first: a story's shingles and signature are the union of theirs
            List<Shingler.Shingles> parts = new ArrayList<>(story.paragraphs().size());
            List<long[]> signatures = new ArrayList<>(story.paragraphs().size());
            TextKey storyKey = new TextKey();
            long[] storyBins = buffers.storyBins();
            int storyWords = 0;
            for (Span p : story.paragraphs()) {
                Shingler.Shingles s = Shingler.of(doc, p, storyKey);
                parts.add(s);
                long[] bins = MinHasher.bins(s.hashes(), buffers.bins);
                signatures.add(nearWords(s.words()) ? MinHasher.densify(bins, buffers.full) : null);
                MinHasher.unite(storyBins, bins);
                storyWords += s.words();
            }
            // the story's bins are its paragraphs' united, filled after: a filled bin is no minimum
            long[] storySignature = signatures.size() == 1 ? signatures.get(0)
                    : nearWords(storyWords) ? MinHasher.densify(storyBins, buffers.full) : null;
            out.add(new Fingerprint(story, parts, signatures, Shingler.union(parts, storyKey), storySignature));
        }
        return out;
    }

    /** Whether a text this long is looked for among near duplicates (shorter ones only exactly: no signature). */
    private static boolean nearWords(int words) {
        return words >= DuplicateIndex.MIN_NEAR_WORDS;
    }

    private static Result mark(List<Fingerprint> prints, DuplicateIndex paragraphs, DuplicateIndex storyIndex) {
        List<Story> out = new ArrayList<>(prints.size());
        List<Duplicate> dups = new ArrayList<>();
        for (Fingerprint f : prints) {
            Story story = f.story();
            Story marked = story;
            DuplicateIndex.Match m = storyIndex.addAndFind(new DuplicateIndex.Entry(story.doc(), story.index(),
                    story.span()), f.storyShingles(), f.storySignature());
            if (m != null) {
                dups.add(duplicate(Duplicate.STORY, story, story.span(), m));
                if (m.of().doc().equals(story.doc())) {
                    marked = story.withDuplicateOf(m.of().story());
                }
            }
            for (int i = 0; i < f.parts().size(); i++) {
                Span p = story.paragraphs().get(i);
                DuplicateIndex.Match pm = paragraphs.addAndFind(new DuplicateIndex.Entry(story.doc(), story.index(), p),
                        f.parts().get(i), f.signatures().get(i));
                if (pm != null) {
                    dups.add(duplicate(Duplicate.PARAGRAPH, story, p, pm));
                }
            }
            out.add(marked);
        }
        return new Result(out, dups);
    }

    private static Duplicate duplicate(String kind, Story story, Span span, DuplicateIndex.Match m) {
        return new Duplicate(kind, story.doc(), story.index(), span, m.of().doc(), m.of().story(), m.of().span(),
                round(m.jaccard()), round(m.containment()), m.exact());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
