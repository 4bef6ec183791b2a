package org.rasid.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The duplicate index as it was before its look-up was pruned (every candidate verified on its
 * whole shingle sets, boxed buckets): the reference that {@link DuplicateIndex} must agree with.
 */
final class UnprunedDuplicateIndex {
    /** Near duplicates: at least this Jaccard similarity of shingle sets… */
    static final double MIN_JACCARD = 0.6;
    /** …or this share of the smaller text inside the larger one… */
    static final double MIN_CONTAINMENT = 0.8;
    /** …when the smaller has at least this share of the larger's shingles (a line is not a copy of a page). */
    static final double MIN_SIZE_RATIO = 0.5;
    /** Texts shorter than this many words are only matched exactly. */
    static final int MIN_NEAR_WORDS = 8;
    /** Texts shorter than this many words are not matched at all ("0", "حلب::"). */
    static final int MIN_EXACT_WORDS = 4;
    /** Most texts one LSH bucket keeps: bounds the candidates of a look-up in corpora full of near copies. */
    static final int MAX_BUCKET = 16;

    /** One remembered text. */


    /** The earlier text a new one repeats. */
    record Match(DuplicateIndex.Entry of, double jaccard, double containment, boolean exact) {
    }

    private final List<DuplicateIndex.Entry> entries = new ArrayList<>();
    private final List<long[]> shingles = new ArrayList<>();
    private final Map<Long, Integer> exact = new HashMap<>();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();

    public synchronized int size() {
        return entries.size();
    }

    /** Finds the earlier text this one repeats (or null), then remembers this one. */
    public Match addAndFind(DuplicateIndex.Entry entry, Shingler.Shingles s) {
        return addAndFind(entry, s, null);
    }

    /** The same, with the MinHash signature of {@code s} when the caller has it already. */
    public synchronized Match addAndFind(DuplicateIndex.Entry entry, Shingler.Shingles s, long[] signature) {
        if (s.words() < MIN_EXACT_WORDS) {
            return null;
        }
        Match match = null;
        Integer same = exact.get(s.keyHash());
        if (same != null) {
            match = new Match(entries.get(same), 1.0, 1.0, true);
        }
        long[] sig = s.words() < MIN_NEAR_WORDS ? null
                : signature != null ? signature : MinHasher.signature(s.hashes());
        if (match == null && sig != null) {
            match = nearest(s.hashes(), sig);
        }
        int id = entries.size();
        entries.add(entry);
        shingles.add(s.hashes());
        exact.putIfAbsent(s.keyHash(), id);
        if (sig != null && (match == null || !match.exact())) {
            // an exact repeat adds nothing the index cannot already find; a full bucket holds
            // texts so alike that one more of them would only slow every later look-up down
            for (int b = 0; b < MinHasher.BANDS; b++) {
                List<Integer> bucket = buckets.computeIfAbsent(MinHasher.bandKey(sig, b), k -> new ArrayList<>(2));
                if (bucket.size() < MAX_BUCKET) {
                    bucket.add(id);
                }
            }
        }
        return match;
    }

    private Match nearest(long[] mine, long[] sig) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        Match best = null;
        int bestId = -1;
        for (int b = 0; b < MinHasher.BANDS; b++) {
            List<Integer> ids = buckets.get(MinHasher.bandKey(sig, b));
            if (ids == null) {
                continue;
            }
            for (int id : ids) {
                if (!seen.add(id)) {
                    continue;
                }
                long[] other = shingles.get(id);
                int common = Shingler.intersection(mine, other);
                int small = Math.min(mine.length, other.length);
                int large = Math.max(mine.length, other.length);
                double jaccard = common / (double) (mine.length + other.length - common);
                double containment = small == 0 ? 0 : common / (double) small;
                boolean near = jaccard >= MIN_JACCARD
                        || containment >= MIN_CONTAINMENT && small >= MIN_SIZE_RATIO * large;
                if (near && (best == null || jaccard > best.jaccard() || jaccard == best.jaccard() && id < bestId)) {
                    best = new Match(entries.get(id), jaccard, containment, false);
                    bestId = id;
                }
            }
        }
        return best;
    }

}
