package org.rasid.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.Span;

class DuplicateIndexTest {
    private static DuplicateIndex.Match add(DuplicateIndex index, String doc, String text) {
        Span all = new Span(0, text.length());
        return index.addAndFind(new DuplicateIndex.Entry(doc, 0, all), Shingler.of(ArabicNormalizer.normalize(text), all));
    }

    @Test
    void exactNearAndDifferent() {
        DuplicateIndex index = new DuplicateIndex();
        String report = "شن طيران التحالف الدولي غارات جوية استهدفت معاقل تنظيم الدولة في مدينة هجين بالريف الشرقي"
                + " أدت لسقوط عدد من القتلى في صفوف التنظيم.";
        assertNull(add(index, "a", report));
        DuplicateIndex.Match exact = add(index, "b", report.replace("أدت", "ادت"));
        assertTrue(exact.exact());
        assertEquals("a", exact.of().doc());
        DuplicateIndex.Match near = add(index, "c", report.replace(" أدت لسقوط عدد من القتلى في صفوف التنظيم.", "."));
        assertFalse(near.exact());
        assertTrue(near.containment() >= DuplicateIndex.MIN_CONTAINMENT, "" + near.containment());
        assertNull(add(index, "d", "جرت اشتباكات عنيفة بالأسلحة المتوسطة مع سماع دوي انفجارات في قرية النملية"
                + " بالريف الشمالي بعد هجوم مفاجئ لتنظيم الدولة."));
        assertEquals(4, index.size());
    }

    @Test
    void manyNearCopiesStayFindable() {
        // a corpus that reprints one report hundreds of times with a changed number each time
        DuplicateIndex index = new DuplicateIndex();
        String report = "شن طيران التحالف الدولي غارات جوية استهدفت معاقل تنظيم الدولة في مدينة هجين بالريف الشرقي"
                + " أدت لسقوط %d قتيلا في صفوف التنظيم وتدمير عدد من الآليات.";
        assertNull(add(index, "d0", String.format(report, 0)));
        for (int i = 1; i < 300; i++) {
            DuplicateIndex.Match m = add(index, "d" + i, String.format(report, i));
            assertTrue(m != null && !m.exact(), "copy " + i);
        }
        // every copy is remembered, though the LSH buckets keep only the first few
        assertEquals(300, index.size());
    }

    @Test
    void shortTextsAreNotMatched() {
        DuplicateIndex index = new DuplicateIndex();
        assertNull(add(index, "a", "حلب::"));
        assertNull(add(index, "b", "حلب::"));
        assertNull(add(index, "c", "التعليقات (0)"));
        assertNull(add(index, "d", "التعليقات (0)"));
    }

    @Test
    void aLineIsNotACopyOfThePageHoldingIt() {
        DuplicateIndex index = new DuplicateIndex();
        String line = "تعرضت قرية تل طوقان بالريف الشرقي لقصف مدفعي من قبل قوات الأسد دون وقوع إصابات.";
        String page = line + " " + "انفجرت عبوة ناسفة استهدفت سيارة في الحي الشرقي في بلدة سرمين بالريف الشرقي أدت لسقوط"
                + " جريح فقط. أعلنت هيئة تحرير الشام عن إلقاء القبض على الإداري العام لخلايا تنظيم الدولة ونائبه.";
        assertNull(add(index, "page", page));
        assertNull(add(index, "line", line)); // contained, but far smaller
    }

    /** The closed-form least count equals the binary search over the qualifying test it replaced. */
    @Test
    void leastCommonEqualsBinarySearch() {
        double[] thresholds = {0, 0.3, 0.5, 0.6, 0.61, 2 / 3.0, 0.7, 0.75, 0.8, 0.9, 0.95, 1.0};
        for (int a = 1; a <= 300; a++) {
            for (int b = Math.max(1, a / 3); b <= Math.min(400, a * 3); b++) {
                int small = Math.min(a, b);
                int large = Math.max(a, b);
                for (double t : thresholds) {
                    double bestCase = small / (double) (a + b - small);
                    boolean near = bestCase >= DuplicateIndex.MIN_JACCARD || small >= DuplicateIndex.MIN_SIZE_RATIO * large;
                    if (!near || bestCase < t) {
                        continue; // the caller never asks
                    }
                    int lo = 0;
                    int hi = small;
                    while (lo < hi) {
                        int c = (lo + hi) >>> 1;
                        double jaccard = c / (double) (a + b - c);
                        double containment = c / (double) small;
                        boolean ok = (jaccard >= DuplicateIndex.MIN_JACCARD || containment >= DuplicateIndex.MIN_CONTAINMENT
                                && small >= DuplicateIndex.MIN_SIZE_RATIO * large) && jaccard >= t;
                        if (ok) {
                            hi = c;
                        } else {
                            lo = c + 1;
                        }
                    }
                    assertEquals(lo, DuplicateIndex.leastCommon(a, b, small, large, t), a + " " + b + " " + t);
                }
            }
        }
    }

    /** Packed sketches agree on as many slots as their signatures' low bytes do. */
    @Test
    void packedSketchAgreementCountsEqualLowBytes() {
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 2000; round++) {
            long[] x = new long[MinHasher.HASHES];
            long[] y = new long[MinHasher.HASHES];
            int share = random.nextInt(MinHasher.HASHES + 1);
            for (int i = 0; i < MinHasher.HASHES; i++) {
                x[i] = random.nextLong();
                // agreeing slots; some others differ in the low byte only or the high bits only
                y[i] = i < share ? x[i] : random.nextInt(4) == 0 ? x[i] ^ (1L << 40) : x[i] ^ (random.nextInt(255) + 1);
            }
            int expected = 0;
            for (int i = 0; i < MinHasher.HASHES; i++) {
                expected += (byte) x[i] == (byte) y[i] ? 1 : 0;
            }
            assertEquals(expected, DuplicateIndex.agreement(DuplicateIndex.sketch(x), 0, DuplicateIndex.sketch(y)));
        }
    }
}
