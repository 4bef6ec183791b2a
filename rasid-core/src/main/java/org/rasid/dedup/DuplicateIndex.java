package org.rasid.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rasid.text.Span;

/**
 * Remembers paragraphs or stories seen so far and finds the earlier one a new text repeats:
 * exactly (same normalised words, by hash) or nearly (MinHash signatures bucketed by LSH bands,
 * candidates verified on their shingle sets). No pair of texts is compared unless they share a
 * band, so the cost per text stays flat as the index grows. Thread-safe.
 *
 * <p>A look-up costs little per candidate: candidates that cannot qualify by their sizes alone
 * are dropped, the rest are first compared on a one-byte-per-slot sketch of their MinHash
 * signatures, and only those whose estimated similarity is within reach get the exact
 * shingle-set intersection, which itself stops as soon as the threshold is out of reach.
 * Memory per remembered text: its entry, a 128-byte sketch and sorted shingle hashes for texts
 * held in some bucket, and a few primitive slots per band; no boxed keys or lists.
 *
 * <p>Without a window the index grows with the corpus; with one ({@link #DuplicateIndex(long)})
 * it keeps the most recent texts within a memory budget and forgets older ones.
 */
public final class DuplicateIndex {
    /** Near duplicates: at least this Jaccard similarity of shingle sets… */
    public static final double MIN_JACCARD = 0.6;
    /** …or this share of the smaller text inside the larger one… */
    public static final double MIN_CONTAINMENT = 0.8;
    /** …when the smaller has at least this share of the larger's shingles (a line is not a copy of a page). */
    public static final double MIN_SIZE_RATIO = 0.5;
    /** Texts shorter than this many words are only matched exactly. */
    public static final int MIN_NEAR_WORDS = 8;
    /** Texts shorter than this many words are not matched at all ("0", "حلب::"). */
    public static final int MIN_EXACT_WORDS = 4;
    /** Most texts one LSH bucket keeps: bounds the candidates of a look-up in corpora full of near copies. */
    static final int MAX_BUCKET = 16;
    /**
     * A candidate is verified exactly unless its sketch agrees on fewer slots than this many
     * standard deviations below what the least qualifying similarity gives (binomial over the
     * 126 slots): a miss then has a probability far below 1e-9 per pair.
     */
    private static final double SIGMAS = 7;
    /** A sketch packed in longs, compared eight slots at a time; its last word has unused (zero) bytes. */
    private static final int SKETCH_WORDS = (MinHasher.HASHES + 7) / 8;
    private static final int SKETCH_PADDING = SKETCH_WORDS * 8 - MinHasher.HASHES;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    /** Slots of the per-look-up memo of what a candidate's size demands (see {@link #nearest}). */
    private static final int DEMANDS = 64;

    /** One remembered text. */
    public record Entry(String doc, int story, Span span) {
    }

    /** The earlier text a new one repeats. */
    public record Match(Entry of, double jaccard, double containment, boolean exact) {
    }

    /**
     * Estimated heap of a remembered text: its entry, span and exact-table slot; and for a text in
     * the LSH buckets, its sketch, band slots and (mostly new) buckets, and its shingle hashes
     * with the slack of the growing arrays. Calibrated on the ANT corpus (2,137 articles): both
     * unbounded indexes held about 54 MB of heap after a full GC, where 80, 1,600 and 8 bytes
     * estimated 38 MB; these are those scaled by 1.45.
     */
    private static final long ENTRY_BYTES = 120;
    private static final long NEAR_BYTES = 2_300;
    private static final long SHINGLE_BYTES = 12;
    private final long window;
    private long bytes;
    // with a window: the generation texts are added to, and the one before it (both unbounded)
    private DuplicateIndex current;
    private DuplicateIndex older;
    private int turns;

    private final List<Entry> entries;
    private final LongIntTable exact;

    // texts held in some LSH bucket ("near" texts), by their ordinal among them; the arrays start
    // at the size the index was made for (see {@link #sizedFor}) and double past it
    private int nearCount;
    private int[] nearId;         // ordinal -> entry id
    private long[][] nearShingles; // ordinal -> sorted distinct shingle hashes
    private int[] nearSize;       // ordinal -> how many: the size tests need not touch the set
    private long[] sketches;      // ordinal -> low byte of each signature slot, 8 a word
    private int[] seenAt;         // ordinal -> last look-up that met it
    private int lookUp;
    // memo of one look-up, by candidate size: the common shingles needed and the sketch floor
    private final int[] demandStamp = new int[DEMANDS];
    private final int[] demandSize = new int[DEMANDS];
    private final double[] demandAtLeast = new double[DEMANDS];
    private final int[] demandNeed = new int[DEMANDS];
    private final double[] demandFloor = new double[DEMANDS];

    // LSH buckets: band key -> bucket; each bucket is a chain of (ordinal, band) slots, newest first
    private final LongIntTable bucketOf;
    private int[] bucketHead;
    private byte[] bucketSize;
    private int[] nextInBucket; // slot ordinal*BANDS+band -> next slot or -1

    /** No window: every text is remembered for the whole run. */
    public DuplicateIndex() {
        this(0);
    }

    /**
     * A window of about {@code windowBytes} of memory (0: no limit). Texts are remembered in two
     * generations of half that each: when the newer one is full, the older is forgotten and a
     * new one starts, so the index always holds the most recent texts worth at least half the
     * window, and memory stays bounded whatever the corpus. A copy of a text forgotten that way
     * is not recognised as one.
     */
    public DuplicateIndex(long windowBytes) {
        this(windowBytes, 0, 0, 0);
        if (windowBytes < 0) {
            throw new IllegalArgumentException("window must be 0 (no limit) or positive: " + windowBytes);
        }
        this.current = windowBytes == 0 ? null : new DuplicateIndex();
    }

    /**
     * An index without a window whose tables hold {@code texts} texts, {@code near} of them in
     * the LSH buckets, and {@code buckets} buckets without growing (they still grow past that).
     * The tables of an index made small double as it fills: each doubling allocates and rehashes
     * them anew, which for a document's own indexes (made for every document) and for every new
     * generation of a window is work whose size is known beforehand.
     */
    private DuplicateIndex(long windowBytes, int texts, int near, int buckets) {
        this.window = windowBytes;
        int nearRoom = Math.max(16, near);
        entries = texts == 0 ? new ArrayList<>() : new ArrayList<>(texts);
        exact = new LongIntTable(texts);
        nearId = new int[nearRoom];
        nearShingles = new long[nearRoom][];
        nearSize = new int[nearRoom];
        sketches = new long[nearRoom * SKETCH_WORDS];
        seenAt = new int[nearRoom];
        bucketOf = new LongIntTable(buckets);
        bucketHead = new int[Math.max(64, buckets)];
        bucketSize = new byte[Math.max(64, buckets)];
        nextInBucket = new int[nearRoom * MinHasher.BANDS];
    }

    /**
     * An index without a window sized for a known number of texts: {@code texts} in all, of them
     * {@code near} long enough for the LSH buckets (at most {@link MinHasher#BANDS} buckets each).
     * It answers as {@link #DuplicateIndex()} does.
     */
    static DuplicateIndex sizedFor(int texts, int near) {
        return new DuplicateIndex(0, texts, near, near * MinHasher.BANDS);
    }

    /** Texts remembered now. */
    public synchronized int size() {
        return window == 0 ? entries.size() : current.size() + (older == null ? 0 : older.size());
    }

    /** The window given at construction, in bytes (0: no limit). */
    public long window() {
        return window;
    }

    /** How many times a full generation was set aside (the first turn forgets nothing yet). */
    synchronized int turns() {
        return turns;
    }

    /**
     * Whether a window has been full once: from then on it holds at least the most recent texts
     * worth half its budget, whatever came before them (always false without a window).
     */
    public synchronized boolean filled() {
        return turns > 0;
    }

    /** How many times a generation of texts was forgotten. */
    public synchronized int forgotten() {
        return Math.max(0, turns - 1);
    }

    /** Finds the earlier text this one repeats (or null), then remembers this one. */
    public Match addAndFind(Entry entry, Shingler.Shingles s) {
        return addAndFind(entry, s, null);
    }

    /** The same, with the MinHash signature of {@code s} when the caller has it already. */
    public synchronized Match addAndFind(Entry entry, Shingler.Shingles s, long[] signature) {
        if (s.words() < MIN_EXACT_WORDS) {
            return null;
        }
        long[] sig = s.words() < MIN_NEAR_WORDS ? null
                : signature != null ? signature : MinHasher.signature(s.hashes());
        Probe probe = sig == null ? null : new Probe(sig);
        if (window == 0) {
            Match match = lookUp(s, probe);
            add(entry, s, probe, match);
            return match;
        }
        if (current.bytes >= window / 2) {
            older = current; // the generation before it is forgotten
            // the next generation holds about as many texts and buckets as this one did
            current = new DuplicateIndex(0, older.entries.size(), older.nearCount, older.bucketOf.size());
            turns++;
        }
        Match match = older == null ? null : older.lookUp(s, probe == null ? null : probe.elsewhere());
        if (match == null || !match.exact()) {
            Match mine = current.lookUp(s, probe);
            // as one index would: an exact repeat first, then the most similar, the earlier on a tie
            if (mine != null && (match == null || mine.exact() || mine.jaccard() > match.jaccard())) {
                match = mine;
            }
        }
        current.add(entry, s, probe, match);
        return match;
    }

    /**
     * What a look-up of one text needs besides its shingles, worked out once for all the
     * generations it visits: its signature's sketch and band keys, and the buckets its bands
     * found in the index it is then added to, so that adding it does not hash them again.
     */
    private static final class Probe {
        final long[] sketch;
        final long[] bandKeys;
        /**
         * Each band's bucket, or -1 when not looked up, or for a band the look-up did not find
         * {@code -2 - slot}: the free slot of the bucket table where its probe ended, which adding
         * the text fills ({@link LongIntTable#putAt}) while the table has {@link #capacity} slots.
         */
        final int[] buckets;
        int capacity;

        Probe(long[] sig) {
            this(sketch(sig), MinHasher.bandKeys(sig));
        }

        private Probe(long[] sketch, long[] bandKeys) {
            this.sketch = sketch;
            this.bandKeys = bandKeys;
            this.buckets = new int[MinHasher.BANDS];
            Arrays.fill(buckets, -1); // not looked up yet
        }

        /** The same text for a look-up in another generation, whose buckets must not be kept here. */
        Probe elsewhere() {
            return new Probe(sketch, bandKeys);
        }
    }

    /** The earlier text {@code s} repeats in this generation: exactly, else the nearest. */
    private Match lookUp(Shingler.Shingles s, Probe probe) {
        int same = exact.get(s.keyHash());
        if (same >= 0) {
            return new Match(entries.get(same), 1.0, 1.0, true);
        }
        return probe == null ? null : nearest(s.hashes(), probe);
    }

    private void add(Entry entry, Shingler.Shingles s, Probe probe, Match match) {
        int id = entries.size();
        exact.putIfAbsent(s.keyHash(), id);
        entries.add(entry);
        bytes += ENTRY_BYTES;
        // an exact repeat adds nothing the index cannot already find; a full bucket holds
        // texts so alike that one more of them would only slow every later look-up down
        if (probe != null && (match == null || !match.exact()) && remember(id, s.hashes(), probe)) {
            bytes += NEAR_BYTES + SHINGLE_BYTES * s.hashes().length;
        }
    }

    /** Puts a text in the LSH buckets; false when every bucket it falls in is full, and nothing was kept. */
    private boolean remember(int id, long[] shingles, Probe probe) {
        int ordinal = nearCount;
        boolean held = false;
        for (int b = 0; b < MinHasher.BANDS; b++) {
            int bucket = probe.buckets[b];
            if (bucket < 0) { // a new bucket (or one the look-up did not ask for)
                bucket = bucket == -1 ? bucketOf.putIfAbsent(probe.bandKeys[b], bucketOf.size())
                        : bucketOf.putAt(probe.bandKeys[b], bucketOf.size(), -2 - bucket, probe.capacity);
            }
            if (bucket == bucketHead.length) {
                bucketHead = Arrays.copyOf(bucketHead, bucket * 2);
                bucketSize = Arrays.copyOf(bucketSize, bucket * 2);
            }
            if (bucketSize[bucket] == 0) {
                bucketHead[bucket] = -1;
            }
            if (bucketSize[bucket] < MAX_BUCKET) {
                int slot = ordinal * MinHasher.BANDS + b;
                if (slot >= nextInBucket.length) {
                    nextInBucket = Arrays.copyOf(nextInBucket, nextInBucket.length * 2);
                }
                nextInBucket[slot] = bucketHead[bucket];
                bucketHead[bucket] = slot;
                bucketSize[bucket]++;
                held = true;
            }
        }
        if (!held) {
            return false; // no bucket took it: no look-up can reach it, so keep nothing of it
        }
        if (ordinal == nearId.length) {
            nearId = Arrays.copyOf(nearId, ordinal * 2);
            nearShingles = Arrays.copyOf(nearShingles, ordinal * 2);
            nearSize = Arrays.copyOf(nearSize, ordinal * 2);
            seenAt = Arrays.copyOf(seenAt, ordinal * 2);
            sketches = Arrays.copyOf(sketches, ordinal * 2 * SKETCH_WORDS);
        }
        nearId[ordinal] = id;
        nearShingles[ordinal] = shingles;
        nearSize[ordinal] = shingles.length;
        System.arraycopy(probe.sketch, 0, sketches, ordinal * SKETCH_WORDS, SKETCH_WORDS);
        nearCount++;
        return true;
    }

    private Match nearest(long[] mine, Probe probe) {
        int stamp = ++lookUp;
        long[] sketch = probe.sketch;
        Match best = null;
        int bestId = -1;
        // every band's bucket first: the look-ups do not wait on each other (nor on the walks below,
        // which change nothing they read), so their cache misses overlap
        LongIntTable table = bucketOf;
        probe.capacity = table.capacity();
        for (int b = 0; b < MinHasher.BANDS; b++) {
            int found = table.getOrSlot(probe.bandKeys[b]);
            probe.buckets[b] = found >= 0 ? found : found - 1; // a free slot s as -2 - s
        }
        for (int b = 0; b < MinHasher.BANDS; b++) {
            int bucket = probe.buckets[b];
            if (bucket < 0) {
                continue;
            }
            for (int slot = bucketHead[bucket]; slot >= 0; slot = nextInBucket[slot]) {
                int ordinal = slot / MinHasher.BANDS;
                if (seenAt[ordinal] == stamp) {
                    continue;
                }
                seenAt[ordinal] = stamp;
                int size = nearSize[ordinal];
                int small = Math.min(mine.length, size);
                int large = Math.max(mine.length, size);
                // what a candidate must reach depends on its size and the best so far only, and
                // near copies come in few sizes: worked out once per size and best
                double atLeast = best == null ? 0 : best.jaccard();
                int memo = size & (DEMANDS - 1);
                if (demandStamp[memo] != stamp || demandSize[memo] != size || demandAtLeast[memo] != atLeast) {
                    demandStamp[memo] = stamp;
                    demandSize[memo] = size;
                    demandAtLeast[memo] = atLeast;
                    // the most common shingles can be is all of the smaller set: the best case
                    double bestCase = small / (double) (mine.length + size - small);
                    if (!near(bestCase, 1.0, small, large) || bestCase < atLeast) {
                        demandNeed[memo] = -1;
                    } else {
                        int need = leastCommon(mine.length, size, small, large, atLeast);
                        demandNeed[memo] = need;
                        demandFloor[memo] = sketchFloor(need / (double) (mine.length + size - need));
                    }
                }
                int need = demandNeed[memo];
                if (need < 0 || agreement(sketches, ordinal * SKETCH_WORDS, sketch) < demandFloor[memo]) {
                    continue;
                }
                int common = Shingler.intersection(mine, nearShingles[ordinal], need);
                if (common < need) {
                    continue;
                }
                double jaccard = common / (double) (mine.length + size - common);
                double containment = small == 0 ? 0 : common / (double) small;
                int id = nearId[ordinal];
                if (near(jaccard, containment, small, large)
                        && (best == null || jaccard > best.jaccard() || jaccard == best.jaccard() && id < bestId)) {
                    best = new Match(entries.get(id), jaccard, containment, false);
                    bestId = id;
                }
            }
        }
        return best;
    }

    private static boolean near(double jaccard, double containment, int small, int large) {
        return jaccard >= MIN_JACCARD || containment >= MIN_CONTAINMENT && small >= MIN_SIZE_RATIO * large;
    }

    /**
     * The fewest common shingles with which a pair of these sizes is near and at least as
     * similar as {@code atLeast}: both tests only grow with the count, so the least count is
     * found from the closed-form bound (c/(a+b-c) ≥ t ⇔ c ≥ t(a+b)/(1+t)) and then settled on
     * the tests themselves, a step or two instead of a binary search per candidate.
     */
    static int leastCommon(int a, int b, int small, int large, double atLeast) {
        double t = Math.max(MIN_JACCARD, atLeast);
        double guess = Math.ceil(t * (a + b) / (1 + t));
        if (small >= MIN_SIZE_RATIO * large) {
            guess = Math.min(guess, Math.max(Math.ceil(MIN_CONTAINMENT * small),
                    Math.ceil(atLeast * (a + b) / (1 + atLeast))));
        }
        int c = (int) Math.max(0, Math.min(small, guess)); // qualifies at small: the caller checked the best case
        while (c > 0 && qualifies(c - 1, a, b, small, large, atLeast)) {
            c--;
        }
        while (c < small && !qualifies(c, a, b, small, large, atLeast)) {
            c++;
        }
        return c;
    }

    private static boolean qualifies(int c, int a, int b, int small, int large, double atLeast) {
        double jaccard = c / (double) (a + b - c);
        double containment = small == 0 ? 0 : c / (double) small;
        return near(jaccard, containment, small, large) && jaccard >= atLeast;
    }

    /**
     * The fewest slots on which the sketches must agree for a similarity of {@code least} to be
     * plausible (at or below 0: any agreement will do).
     */
    private static double sketchFloor(double least) {
        double mean = MinHasher.HASHES * least;
        return mean - SIGMAS * Math.sqrt(mean * (1 - least));
    }

    /**
     * On how many slots a candidate's sketch agrees with this one, eight at a time: a byte of
     * x = a ^ b is zero where they agree; adding 0x7F to its low seven bits sets its high bit
     * unless those are zero, so ~(that | x | 0x7F…) keeps one bit per zero byte. The padding
     * bytes always agree. Slots that differ agree on their low byte 1 time in 256: that only
     * makes the test laxer.
     */
    static int agreement(long[] sketches, int at, long[] sketch) {
        int equal = 0;
        for (int w = 0; w < SKETCH_WORDS; w++) {
            long x = sketches[at + w] ^ sketch[w];
            equal += Long.bitCount(~(((x & LOW7) + LOW7) | x | LOW7));
        }
        return equal - SKETCH_PADDING;
    }

    static long[] sketch(long[] sig) {
        long[] out = new long[SKETCH_WORDS];
        for (int i = 0; i < sig.length; i++) {
            // a minimum's high bits are mostly alike; its low bits are not
            out[i >>> 3] |= (sig[i] & 0xFFL) << ((i & 7) * 8);
        }
        return out;
    }
}
