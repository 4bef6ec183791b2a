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

    /** The branchless signature is the per-shingle update loop it replaced, slot for slot. */
    @Test
    void signatureEqualsThePlainMinimumOnSeedParagraphs() throws Exception {
        java.lang.reflect.Field mulField = MinHasher.class.getDeclaredField("MUL");
        java.lang.reflect.Field addField = MinHasher.class.getDeclaredField("ADD");
        mulField.setAccessible(true);
        addField.setAccessible(true);
        long[] mul = (long[]) mulField.get(null);
        long[] add = (long[]) addField.get(null);
        int checked = 0;
        for (java.nio.file.Path p : Seeds.files()) {
            String text = Seeds.text(p.getFileName().toString().substring(0, 3));
            NormalizedText n = ArabicNormalizer.normalize(text);
            for (Span line : org.rasid.clean.BoilerplateCleaner.lines(text)) {
                long[] shingles = Shingler.of(n, line).hashes();
                long[] expected = new long[MinHasher.HASHES];
                java.util.Arrays.fill(expected, Long.MAX_VALUE);
                for (long s : shingles) {
                    for (int i = 0; i < MinHasher.HASHES; i++) {
                        long h = s * mul[i] + add[i];
                        h ^= h >>> 31;
                        if (h < expected[i]) {
                            expected[i] = h;
                        }
                    }
                }
                org.junit.jupiter.api.Assertions.assertArrayEquals(expected, MinHasher.signature(shingles));
                checked++;
            }
        }
        assertTrue(checked > 100, "" + checked);
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
