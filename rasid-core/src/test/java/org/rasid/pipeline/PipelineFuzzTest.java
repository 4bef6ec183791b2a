package org.rasid.pipeline;


import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rasid.fuzz.NastyText;
import org.rasid.fuzz.PipelineCheck;
import org.rasid.ingest.Document;
import org.rasid.testing.Seeds;

/**
 * The whole pipeline (cleaning, segmentation, dedup, mentions, events) on hostile documents: no
 * exception escapes, every outcome is a result or an error record naming the document, every
 * offset lies inside the original text, and evidence text is the text at its offsets.
 */
class PipelineFuzzTest {
    @Provide
    Arbitrary<String> nasty() {
        return NastyText.text(400);
    }

    /** Real articles cut, spliced and salted with oddities: looks like news, breaks like the web. */
    @Provide
    Arbitrary<String> mangledSeed() {
        List<String> seeds = Seeds.files().stream().map(f -> Seeds.text(f.getFileName().toString().substring(0, 3))).toList();
        return net.jqwik.api.Combinators.combine(Arbitraries.of(seeds), Arbitraries.of(seeds),
                Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 100_000),
                NastyText.text(30)).as((a, b, i, j, salt) -> {
                    int cut = i % (a.length() + 1);
                    int from = j % (b.length() + 1);
                    return a.substring(0, cut) + salt + b.substring(from);
                });
    }

    @Property(tries = 200)
    void hostileTextNeverEscapesAsAnException(@ForAll("nasty") String text) {
        check(text);
    }

    @Property(tries = 100)
    void mangledArticlesKeepEveryOffsetInside(@ForAll("mangledSeed") String text) {
        check(text);
    }

    @Example
    void corpusAndGiantInputsStayWithinTheirBudget() {
        for (String text : NastyText.corpusTexts("text")) {
            check(text);
        }
        String seed = Seeds.text("004");
        check(seed.replace('\n', ' ').repeat(8));                          // a giant single line
        check("قـ" + "ـ".repeat(300_000) + "صف");                           // a tatweel run
        check("\u0627" + "\u064E".repeat(100_000));                         // one letter, 100k marks
        check("حلب::".repeat(20_000));                                      // 20k empty digest sections
        check(".".repeat(200_000) + "قصف");                                  // punctuation only
        check(("قتل " + "١".repeat(50) + " مدنيا ").repeat(1000));            // huge numbers
        check("\uD800".repeat(50_000) + seed);                              // lone surrogate halves
    }

    static void check(String text) {
        PipelineCheck.check(Document.ofText("fuzz", text));
    }
}
