package org.rasid.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ActorNamesTest {
    @Test
    void everyActorHasArabicEnglishAndAcledNames() {
        ActorNames names = ActorNames.load();
        long actors = ActorRegistry.load().all().stream().filter(a -> !a.isOutlet()).count();
        assertEquals(actors, names.all().size());
        for (ActorName n : names.all()) {
            assertFalse(n.ar().isBlank() || n.en().isBlank() || n.acled().isBlank(), n.id());
        }
        ActorName gov = names.byId("SYR_GOV").orElseThrow();
        assertEquals("Military Forces of Syria (2000-)", gov.acled());
        assertEquals(1, gov.inter());
        assertEquals("Hay'at Tahrir al-Sham", names.byId("HTS").orElseThrow().acled());
        assertEquals("قوات سوريا الديمقراطية", names.byId("SDF").orElseThrow().ar());
        assertEquals(7, names.byId("CIVILIANS").orElseThrow().inter());
    }

    @Test
    void typedNamesInEitherLanguageFindTheActor() {
        ActorNames names = ActorNames.load();
        assertEquals("SDF", names.resolve("قسد").orElseThrow(), "an Arabic alias");
        assertEquals("SDF", names.resolve("Syrian Democratic Forces").orElseThrow(), "the English name");
        assertEquals("HTS", names.resolve("هيئة تحرير الشام").orElseThrow());
        assertEquals("HTS", names.resolve("hts").orElseThrow(), "an id in any case");
        assertEquals("SYR_GOV", names.resolve("قوات النظام").orElseThrow());
        assertFalse(names.resolve("لا أحد").isPresent());
        assertEquals("SDF", names.suggest("قس", 5).get(0).id(), "suggested while typing");
        assertEquals("HTS", names.suggest("Hay'at", 5).get(0).id());
    }
}
