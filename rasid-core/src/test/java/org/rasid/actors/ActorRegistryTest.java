package org.rasid.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.text.ArabicNormalizer;

class ActorRegistryTest {
    @Test
    void headWordListsByUse() {
        ActorRegistry r = ActorRegistry.load();
        assertTrue(r.isListed("person", ArabicNormalizer.normalizeTerm("المتحدثة")));
        assertTrue(r.isListed("feminine", ArabicNormalizer.normalizeTerm("إيران")));
        assertTrue(r.isListed("masculine", "حزب"));
        assertFalse(r.isListed("masculine", "قوات"));
        assertTrue(r.isHead("قوات"));
        assertFalse(r.isListed("person", "قوات")); // a body, not a person
    }

    @Test
    void fixedIdsInterCodesAndUnits() {
        ActorRegistry r = ActorRegistry.load();
        for (String id : List.of("SYR_GOV", "RUS", "IRN", "HEZBOLLAH", "HTS", "JAI", "FSA", "NLF", "OPPOSITION", "SDF", "YPG",
                "ISIS", "COALITION", "TUR", "USA", "ISR", "FRA", "DEU", "GBR", "JOR", "SHABAB_SUNNA", "CIVILIANS", "UNKNOWN")) {
            assertTrue(r.byId(id).isPresent(), id);
        }
        long actors = r.all().stream().filter(a -> !a.isOutlet()).count();
        assertTrue(actors >= 60, "actors: " + actors);
        assertEquals(1, r.byId("SYR_GOV").orElseThrow().inter());
        assertEquals(2, r.byId("HTS").orElseThrow().inter());
        assertEquals(3, r.byId("HEZBOLLAH").orElseThrow().inter());
        assertEquals(7, r.byId("CIVILIANS").orElseThrow().inter());
        assertEquals(8, r.byId("RUS").orElseThrow().inter());
        assertEquals("SYR_GOV", r.topLevel("SYR_4TH_DIV"));
        assertEquals("RUS", r.topLevel("RUS_MP"));
        assertEquals("HTS", r.topLevel("HTS"));
        assertEquals("HTS", r.successor("NUSRA").orElseThrow());
        // dated successors: Nusra became HTS on 2017-01-28; an undated successor is recorded, never applied
        assertEquals("NUSRA", r.asOf("NUSRA", java.time.LocalDate.of(2015, 8, 2)));
        assertEquals("HTS", r.asOf("NUSRA", java.time.LocalDate.of(2018, 3, 4)));
        assertEquals("NLF", r.asOf("AHRAR_SHAM", java.time.LocalDate.of(2018, 9, 1)));
        assertEquals("AHRAR_SHAM", r.asOf("AHRAR_SHAM", java.time.LocalDate.of(2018, 3, 22)));
        assertEquals("SHABAB_SUNNA", r.asOf("SHABAB_SUNNA", java.time.LocalDate.of(2018, 9, 1)));
        assertEquals("NUSRA", r.asOf("NUSRA", null));
        Actor sana = r.byId("OUT_SANA").orElseThrow();
        assertTrue(sana.isOutlet());
        assertEquals(0, sana.inter());
        assertFalse(r.byId("NO_SUCH").isPresent());
    }

    @Test
    void bodiesThatInspectReportOrAidBearNoArms() {
        ActorRegistry r = ActorRegistry.load();
        for (String id : List.of("UN", "OPCW", "WHITE_HELMETS", "CIVILIANS", "OUT_SANA")) {
            assertTrue(r.byId(id).orElseThrow().isUnarmed(), id);
        }
        for (String id : List.of("SYR_GOV", "ISIS", "RUS", "NATO", "PROTESTERS")) {
            assertFalse(r.byId(id).orElseThrow().isUnarmed(), id);
        }
    }

    @Test
    void everyAliasNamesOneTopLevelActor() {
        ActorRegistry r = ActorRegistry.load();
        Map<String, String> owner = new HashMap<>();
        for (Actor a : r.all()) {
            for (String alias : a.aliases()) {
                String key = ArabicNormalizer.normalizeTerm(alias);
                String prev = owner.putIfAbsent(key, r.topLevel(a.id()));
                assertTrue(prev == null || prev.equals(r.topLevel(a.id())), alias + " names " + prev + " and " + a.id());
            }
        }
    }

    /** The bundled files are read once: every caller shares one registry, equal to a fresh reading. */
    @Test
    void loadedOnceAndShared() {
        ActorRegistry shared = ActorRegistry.load();
        org.junit.jupiter.api.Assertions.assertSame(shared, ActorRegistry.load());
        ActorRegistry fresh = ActorRegistry.read();
        org.junit.jupiter.api.Assertions.assertNotSame(shared, fresh);
        assertEquals(fresh.all().stream().map(Actor::id).toList(), shared.all().stream().map(Actor::id).toList());
    }

    @Test
    void badDataNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("actors.tsv"),
                "#id\tparent\tname_en\tkind\tinter\tcameo\tsuccessor\tnisba\taliases\n"
                        + "SYR_GOV\t\tSyrian government\tstate_forces\t1\tSYRGOV\t\t\tقوات النظام\n"
                        + "RUS\t\tRussia\texternal_force\tnine\tRUSMIL\t\t\tروسيا\n");
        String old = System.getProperty("rasid.data");
        System.setProperty("rasid.data", dir.toString());
        try {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, ActorRegistry::read);
            assertTrue(e.getMessage().startsWith("actors.tsv:3:"), e.getMessage());
            assertTrue(e.getMessage().contains("nine"), e.getMessage());
        } finally {
            if (old == null) {
                System.clearProperty("rasid.data");
            } else {
                System.setProperty("rasid.data", old);
            }
        }
    }
}
