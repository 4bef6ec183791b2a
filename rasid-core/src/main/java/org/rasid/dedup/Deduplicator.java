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
        return find(doc, stories, new DuplicateIndex(), new DuplicateIndex());
    }

    /**
     * Duplicates of earlier texts in the two indexes (paragraphs, stories), which then remember
     * this document's texts too.
     */
    public static Result find(NormalizedText doc, List<Story> stories, DuplicateIndex paragraphs,
                              DuplicateIndex storyIndex) {
        List<Story> out = new ArrayList<>(stories.size());
        List<Duplicate> dups = new ArrayList<>();
        for (Story story : stories) {
            // paragraphs first: a story's shingles and signature are the union of theirs
            List<Shingler.Shingles> parts = new ArrayList<>(story.paragraphs().size());
            List<long[]> signatures = new ArrayList<>(story.paragraphs().size());
            for (Span p : story.paragraphs()) {
                Shingler.Shingles s = Shingler.of(doc, p);
                parts.add(s);
                signatures.add(MinHasher.signature(s.hashes()));
            }
            long[] storySignature = signatures.isEmpty() ? null : signatures.get(0);
            for (int i = 1; i < signatures.size(); i++) {
                storySignature = MinHasher.union(storySignature, signatures.get(i));
            }
            Story marked = story;
            DuplicateIndex.Match m = storyIndex.addAndFind(new DuplicateIndex.Entry(story.doc(), story.index(),
                    story.span()), Shingler.union(parts), storySignature);
            if (m != null) {
                dups.add(duplicate(Duplicate.STORY, story, story.span(), m));
                if (m.of().doc().equals(story.doc())) {
                    marked = story.withDuplicateOf(m.of().story());
                }
            }
            for (int i = 0; i < parts.size(); i++) {
                Span p = story.paragraphs().get(i);
                DuplicateIndex.Match pm = paragraphs.addAndFind(new DuplicateIndex.Entry(story.doc(), story.index(), p),
                        parts.get(i), signatures.get(i));
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
