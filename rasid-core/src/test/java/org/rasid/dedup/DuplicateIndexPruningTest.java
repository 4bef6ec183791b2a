package org.rasid.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasid.testing.Seeds;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.Span;

/**
 * The pruned look-up (size bounds, signature sketches, early-stopping intersection) must find
 * exactly what verifying every candidate on its whole shingle sets finds.
 */
class DuplicateIndexPruningTest {
    /** Every line of the seed pages with eight words or more, then edited copies of them. */
    static List<String> texts() {
        List<String> lines = new ArrayList<>();
        for (Path p : Seeds.files()) {
            String name = p.getFileName().toString();
            for (String line : Seeds.text(name.substring(0, 3)).split("\n")) {
                if (line.strip().split("\\s+").length >= 8) {
                    lines.add(line.strip());
                }
            }
        }
        Random random = new Random(20180702);
        List<String> out = new ArrayList<>(lines);
        for (int round = 0; round < 4; round++) {
            for (String line : lines) {
                List<String> words = new ArrayList<>(Arrays.asList(line.split("\\s+")));
                int edits = random.nextInt(Math.max(1, words.size() / 3) + 1);
                for (int e = 0; e < edits && words.size() > 4; e++) {
                    int at = random.nextInt(words.size());
                    switch (random.nextInt(4)) {
                        case 0 -> words.remove(at);
                        case 1 -> words.set(at, String.valueOf(random.nextInt(100)));
                        case 2 -> words.add(at, lines.get(random.nextInt(lines.size())).split("\\s+")[0]);
                        default -> words = new ArrayList<>(words.subList(0, Math.max(4, at))); // cut short
                    }
                }
                if (random.nextInt(5) == 0) {
                    words.addAll(Arrays.asList(lines.get(random.nextInt(lines.size())).split("\\s+")));
                }
                out.add(String.join(" ", words));
            }
        }
        return out;
    }

    @Test
    void findsWhatFullVerificationFinds() {
        DuplicateIndex pruned = new DuplicateIndex();
        UnprunedDuplicateIndex full = new UnprunedDuplicateIndex();
        int near = 0;
        int i = 0;
        for (String text : texts()) {
            Span all = new Span(0, text.length());
            Shingler.Shingles s = Shingler.of(ArabicNormalizer.normalize(text), all);
            DuplicateIndex.Entry entry = new DuplicateIndex.Entry("d" + i++, 0, all);
            DuplicateIndex.Match got = pruned.addAndFind(entry, s);
            UnprunedDuplicateIndex.Match want = full.addAndFind(entry, s);
            if (want == null) {
                assertEquals(null, got, text);
                continue;
            }
            assertEquals(want.of(), got == null ? null : got.of(), text);
            assertEquals(want.jaccard(), got.jaccard(), text);
            assertEquals(want.containment(), got.containment(), text);
            assertEquals(want.exact(), got.exact(), text);
            near += want.exact() ? 0 : 1;
        }
        assertTrue(near > 100, "near matches compared: " + near);
    }
}
