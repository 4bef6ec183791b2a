package org.rasid.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasid.testing.Prerequisites;
import org.rasid.testing.SeedSentences;
import org.rasid.testing.Seeds;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;

/** Done-when of issue 4: actor recall >= 90% on the gold actor1/actor2 values, on their sentences. */
class ActorRecallTest {
    private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(ActorRegistry.load());

    static double recall(List<SeedSentences.Gold> gold, List<String> misses) {
        int total = 0;
        int found = 0;
        for (SeedSentences.Gold g : gold) {
            NormalizedText doc = ArabicNormalizer.normalize(Seeds.text(g.doc().substring(0, 3)));
            Set<String> ids = ActorRecognizer.ids(RECOGNIZER.find(doc, g.sentence()));
            for (String actor : new String[] {g.actor1(), g.actor2()}) {
                if (actor == null) {
                    continue;
                }
                total++;
                if (ids.contains(actor)) {
                    found++;
                } else {
                    misses.add(actor + " in " + g.doc() + ": " + g.sentence().of(doc.original()));
                }
            }
        }
        double r = total == 0 ? 0 : (double) found / total;
        System.out.printf("actor recall %d/%d = %.3f%n", found, total, r);
        return r;
    }

    @Test
    void recallOnSharedGold() {
        List<SeedSentences.Gold> gold = SeedSentences.fromShared();
        Prerequisites.require(gold != null, "shared folder absent");
        List<String> misses = new ArrayList<>();
        double r = recall(gold, misses);
        assertTrue(r >= 0.9, "recall " + r + " misses " + misses);
    }

    @Test
    void recallOnFixtureOfSeedSentences() {
        List<String> misses = new ArrayList<>();
        double r = recall(SeedSentences.fromFixture(), misses);
        misses.forEach(System.out::println);
        assertTrue(r >= 0.9, "recall " + r + " misses " + misses);
    }
}
