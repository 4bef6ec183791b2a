package org.rasid.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rasid.testing.Seeds;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

class MinHasherTest {
    @Test
    void signatureAgreementEstimatesJaccard() {
        String text = Seeds.text("004");
        NormalizedText n = ArabicNormalizer.normalize(text);
        String[] lines = text.split("\n");
        // line 12 and line 95 of seed 004: the same report, lightly edited
        int a = text.indexOf(lines[11]);
        int b = text.indexOf(lines[94]);
        Shingler.Shingles sa = Shingler.of(n, new Span(a, a + lines[11].length()));
        Shingler.Shingles sb = Shingler.of(n, new Span(b, b + lines[94].length()));
        int common = Shingler.intersection(sa.hashes(), sb.hashes());
        double jaccard = common / (double) (sa.hashes().length + sb.hashes().length - common);
        long[] x = MinHasher.signature(sa.hashes());
        long[] y = MinHasher.signature(sb.hashes());
        int same = 0;
        for (int i = 0; i < MinHasher.HASHES; i++) {
            same += x[i] == y[i] ? 1 : 0;
        }
        double estimate = same / (double) MinHasher.HASHES;
        assertTrue(jaccard > 0.8, "jaccard " + jaccard);
        assertTrue(Math.abs(estimate - jaccard) < 0.12, estimate + " vs " + jaccard);
    }

    /** Each bin keeps the least rehashed shingle its high bits choose. */
    @Test
    void binsHoldTheLeastShingleOfEachBinOnSeedParagraphs() throws Exception {
        java.lang.reflect.Field mulField = MinHasher.class.getDeclaredField("MUL");
        java.lang.reflect.Field addField = MinHasher.class.getDeclaredField("ADD");
        mulField.setAccessible(true);
        addField.setAccessible(true);
        long mul = mulField.getLong(null);
        long add = addField.getLong(null);
        int checked = 0;
        for (java.nio.file.Path p : Seeds.files()) {
            String text = Seeds.text(p.getFileName().toString().substring(0, 3));
            NormalizedText n = ArabicNormalizer.normalize(text);
            for (Span line : org.rasid.clean.BoilerplateCleaner.lines(text)) {
                long[] shingles = Shingler.of(n, line).hashes();
                long[] expected = new long[MinHasher.HASHES];
                java.util.Arrays.fill(expected, MinHasher.EMPTY);
                for (long s : shingles) {
                    int bin = (int) (((s >>> 32) * MinHasher.HASHES) >>> 32);
                    long h = s * mul + add;
                    h = (h ^ (h >>> 31)) & Long.MAX_VALUE - 1;
                    expected[bin] = Math.min(expected[bin], h);
                }
                org.junit.jupiter.api.Assertions.assertArrayEquals(expected, MinHasher.bins(shingles));
                checked++;
            }
        }
        assertTrue(checked > 100, "" + checked);
    }

    /**
     * The reference densification: each empty bin, searched one step at a time on the side its coin picks, copies
     * the nearest full bin shifted by the distance; with no full bin the bins stay empty.
     */
    private static long[] plainSearch(long[] bins) throws ReflectiveOperationException {
        java.lang.reflect.Field coin = MinHasher.class.getDeclaredField("LEFT_OR_RIGHT");
        java.lang.reflect.Field shift = MinHasher.class.getDeclaredField("COPY_SHIFT");
        coin.setAccessible(true);
        shift.setAccessible(true);
        long leftOrRight = coin.getLong(null);
        long copyShift = shift.getLong(null);
        long[] expected = bins.clone();
        int h = MinHasher.HASHES;
        if (java.util.Arrays.stream(bins).allMatch(b -> b == MinHasher.EMPTY)) {
            return expected;
        }
        for (int i = 0; i < h; i++) {
            if (bins[i] != MinHasher.EMPTY) {
                continue;
            }
            boolean right = (leftOrRight >>> (i & 63) & 1) == (i >>> 6 & 1);
            int d = 1;
            while (bins[right ? (i + d) % h : (i - d + h) % h] == MinHasher.EMPTY) {
                d++;
            }
            expected[i] = bins[right ? (i + d) % h : (i - d + h) % h] + d * copyShift + (right ? 0 : 1);
        }
        return expected;
    }

    /** The two walks around the circle fill each empty bin as a plain search for its nearest full bin does. */
    @Test
    void densifyCopiesTheNearestFullBinOnEachBinsSide() throws Exception {
        String text = Seeds.text("004");
        NormalizedText n = ArabicNormalizer.normalize(text);
        int checked = 0;
        for (Span line : org.rasid.clean.BoilerplateCleaner.lines(text)) {
            long[] bins = MinHasher.bins(Shingler.of(n, line).hashes());
            boolean any = java.util.Arrays.stream(bins).anyMatch(b -> b != MinHasher.EMPTY);
            org.junit.jupiter.api.Assertions.assertArrayEquals(plainSearch(bins), MinHasher.densify(bins));
            checked += any ? 1 : 0;
        }
        assertTrue(checked > 50, "" + checked);
    }

    /** Random patterns of full bins (one alone, runs across the wrap, nearly all) fill as the plain search does. */
    @Test
    void densifyAgreesWithThePlainSearchOnRandomPatterns() throws Exception {
        java.util.Random random = new java.util.Random(42);
        int h = MinHasher.HASHES;
        for (int round = 0; round < 2_000; round++) {
            long[] bins = new long[h];
            double share = round % 4 == 0 ? 0.01 : random.nextDouble();
            for (int i = 0; i < h; i++) {
                bins[i] = random.nextDouble() < share ? random.nextLong() & Long.MAX_VALUE - 1 : MinHasher.EMPTY;
            }
            bins[random.nextInt(h)] = random.nextLong() & Long.MAX_VALUE - 1; // at least one full bin
            org.junit.jupiter.api.Assertions.assertArrayEquals(plainSearch(bins), MinHasher.densify(bins), "round " + round);
        }
        long[] none = new long[h];
        java.util.Arrays.fill(none, MinHasher.EMPTY);
        org.junit.jupiter.api.Assertions.assertArrayEquals(none, MinHasher.densify(none));
    }

    /** The bins of two texts taken together are the minimum of theirs: a story's come from its paragraphs'. */
    @Test
    void binsOfAUnionAreTheMinimumOfTheParts() {
        String text = Seeds.text("004");
        NormalizedText n = ArabicNormalizer.normalize(text);
        String[] lines = text.split("\n");
        int a = text.indexOf(lines[11]);
        int b = text.indexOf(lines[94]);
        long[] sa = Shingler.of(n, new Span(a, a + lines[11].length())).hashes();
        long[] sb = Shingler.of(n, new Span(b, b + lines[94].length())).hashes();
        long[] all = java.util.stream.LongStream.concat(java.util.Arrays.stream(sa), java.util.Arrays.stream(sb))
                .distinct().sorted().toArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(MinHasher.bins(all),
                MinHasher.union(MinHasher.bins(sa), MinHasher.bins(sb)));
    }

    /**
     * The reused buffers of one thread, left dirty by each line of every seed, give each line the
     * bins, signature and running union the fresh arrays give.
     */
    @Test
    void reusedBuffersGiveWhatFreshArraysGiveOnEverySeedLine() {
        MinHashBuffers buffers = MinHashBuffers.ofThread();
        int checked = 0;
        for (java.nio.file.Path p : Seeds.files()) {
            String text = Seeds.text(p.getFileName().toString().substring(0, 3));
            NormalizedText n = ArabicNormalizer.normalize(text);
            long[] united = null;
            long[] storyBins = buffers.storyBins();
            for (Span line : org.rasid.clean.BoilerplateCleaner.lines(text)) {
                long[] shingles = Shingler.of(n, line).hashes();
                long[] fresh = MinHasher.bins(shingles);
                long[] reused = MinHasher.bins(shingles, buffers.bins);
                org.junit.jupiter.api.Assertions.assertArrayEquals(fresh, reused);
                org.junit.jupiter.api.Assertions.assertArrayEquals(MinHasher.densify(fresh),
                        MinHasher.densify(reused, buffers.full));
                united = united == null ? fresh : MinHasher.union(united, fresh);
                MinHasher.unite(storyBins, reused);
                org.junit.jupiter.api.Assertions.assertArrayEquals(united, storyBins);
                checked++;
            }
        }
        assertTrue(checked > 100, "" + checked);
    }

    /**
     * Every seed line of 8 to 40 words against itself with every 5th, 9th or 17th word replaced:
     * the filled signatures' agreement estimates the pair's Jaccard similarity on average, short
     * lines (mostly empty bins, filled from neighbours) included, and every pair at 0.6 or more
     * shares an LSH band, as 42 bands of 3 independent rows would almost always.
     */
    @Test
    void filledSignaturesEstimateJaccardOfEditedSeedLines() {
        double error = 0;
        int pairs = 0;
        int near = 0;
        for (java.nio.file.Path p : Seeds.files()) {
            String text = Seeds.text(p.getFileName().toString().substring(0, 3));
            for (String line : text.split("\n")) {
                String[] words = line.strip().split("\\s+");
                if (words.length < 8 || words.length > 40) {
                    continue;
                }
                for (int every : new int[] {5, 9, 17}) {
                    long[] x = shingles(line);
                    long[] y = shingles(edited(words, every));
                    int common = Shingler.intersection(x, y);
                    double jaccard = common / (double) (x.length + y.length - common);
                    long[] sx = MinHasher.signature(x);
                    long[] sy = MinHasher.signature(y);
                    int same = 0;
                    for (int i = 0; i < MinHasher.HASHES; i++) {
                        same += sx[i] == sy[i] ? 1 : 0;
                    }
                    error += same / (double) MinHasher.HASHES - jaccard;
                    pairs++;
                    if (jaccard >= DuplicateIndex.MIN_JACCARD) {
                        near++;
                        assertTrue(sharesBand(sx, sy), jaccard + " " + line);
                    }
                }
            }
        }
        assertTrue(pairs > 250, "" + pairs);
        assertTrue(near > 100, "" + near);
        assertTrue(Math.abs(error / pairs) < 0.03, "mean error " + error / pairs);
    }

    private static String edited(String[] words, int every) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            out.append(i > 0 ? " " : "").append(i % every == every - 1 ? "كلمة" + i : words[i]);
        }
        return out.toString();
    }

    /** Whether two signatures fall in one LSH bucket of some band. */
    private static boolean sharesBand(long[] x, long[] y) {
        for (int b = 0; b < MinHasher.BANDS; b++) {
            if (MinHasher.bandKey(x, b) == MinHasher.bandKey(y, b)) {
                return true;
            }
        }
        return false;
    }

    private static long[] shingles(String text) {
        return Shingler.of(ArabicNormalizer.normalize(text), new Span(0, text.length())).hashes();
    }

    @Test
    void shinglesIgnoreSpellingVariants() {
        String a = "أعلنت هيئة تحرير الشام عن إلقاء القبض على الإداري العام";
        String b = "اعلنت هيئه تحرير الشّام عن القاء القبض على الاداري العام";
        Shingler.Shingles sa = Shingler.of(ArabicNormalizer.normalize(a), new Span(0, a.length()));
        Shingler.Shingles sb = Shingler.of(ArabicNormalizer.normalize(b), new Span(0, b.length()));
        assertEquals(sa.keyHash(), sb.keyHash());
        assertEquals(10, sa.words());
        assertEquals(8, sa.hashes().length);
    }
}
