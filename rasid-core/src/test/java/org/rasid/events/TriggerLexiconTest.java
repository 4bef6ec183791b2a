package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

class TriggerLexiconTest {
    private static final TriggerLexicon LEXICON = TriggerLexicon.load();
    private static final EventCues CUES = EventCues.load();

    @Test
    void everyAcledSubTypeIsReachable() {
        Set<String> reachable = new HashSet<>();
        for (Trigger t : LEXICON.rows()) {
            if (t.acledSubType() != null) {
                reachable.add(t.acledType() + "/" + t.acledSubType());
            }
            for (String[] alt : t.alt().values()) {
                reachable.add(alt[0] + "/" + alt[1]);
            }
        }
        int n = 0;
        for (Map.Entry<String, List<String>> e : AcledTaxonomy.TYPES.entrySet()) {
            for (String sub : e.getValue()) {
                assertTrue(reachable.contains(e.getKey() + "/" + sub), "no trigger reaches " + e.getKey() + "/" + sub);
                n++;
            }
        }
        assertEquals(25, n);
    }

    @Test
    void verbalCameoClassesArePresent() {
        Set<String> verbal = new HashSet<>();
        for (Trigger t : LEXICON.rows()) {
            if (t.isVerbal()) {
                verbal.add(t.cameo());
            }
        }
        assertTrue(verbal.containsAll(Set.of("02", "04", "10", "11", "12", "13", "15")), verbal.toString());
    }

    private static List<TriggerMention> triggers(String text) {
        NormalizedText doc = ArabicNormalizer.normalize(text);
        Sentence s = new Sentence(doc, new Span(0, text.length()), CUES);
        return new TriggerMatcher(LEXICON).find(s);
    }

    private static String subTypes(String text) {
        StringBuilder sb = new StringBuilder();
        for (TriggerMention t : triggers(text)) {
            sb.append(t.trigger().acledSubType() != null ? t.trigger().acledSubType() : t.trigger().cameo()).append(';');
        }
        return sb.toString();
    }

    @Test
    void morphologicalVariantsOfShelling() {
        for (String s : List.of("قصفت قوات الأسد بلدة الزيارة", "قصف النظام مدينة دوما", "تعرضت القرية لقصف مدفعي",
                "واستهدفت المدفعية البلدة بقصف صاروخي", "واشتد قصفها على الحي", "سقوط قذائف على حي الشعار")) {
            assertTrue(subTypes(s).contains("Shelling/artillery/missile attack"), s + " -> " + subTypes(s));
        }
    }

    @Test
    void longestPhraseWins() {
        String uxo = subTypes("قنبلة عنقودية من مخلفات قصف سابق على المنطقة");
        assertTrue(uxo.contains("Remote explosive/landmine/IED") && !uxo.contains("Shelling"), uxo);
        assertTrue(subTypes("انفجرت سيارة مفخخة في البلدة").contains("Remote explosive/landmine/IED"));
        assertEquals("Agreement;", subTypes("وقف إطلاق النار"));
        assertTrue(subTypes("تشن حملة اعتقالات").endsWith("Arrests;"));
    }

    @Test
    void namesAndStatesAreNotTriggers() {
        assertEquals("", subTypes("مقاتلو هيئة تحرير الشام"), "تحرير inside a group's name");
        assertEquals("", subTypes("في مناطق سيطرة النظام"), "control as a state");
        assertEquals("", subTypes("الحل السياسي في سوريا"), "حل = solution");
        assertEquals("", subTypes("منظمة حظر الأسلحة الكيميائية"), "the OPCW is not an attack");
        assertEquals("", subTypes("المصدر (رفض الكشف عن هويته)"), "an idiom, not a rejection");
    }

    @Test
    void futurePrefixIsRead() {
        List<TriggerMention> ts = triggers("وسيقصف الطيران المدينة");
        assertEquals(1, ts.size());
        assertTrue(ts.get(0).future());
        assertEquals("Shelling/artillery/missile attack", ts.get(0).trigger().acledSubType());
        assertFalse(triggers("قصف الطيران المدينة").get(0).future());
    }

    @Test
    void triggerSpansAreOriginalOffsets() {
        String text = "تعرّضت قرية تل طوقان بالريف الشرقي لقصفٍ مدفعي";
        for (TriggerMention t : triggers(text)) {
            String written = t.span().of(text);
            assertTrue(written.contains("قصف"), written);
        }
    }

    @Test
    void badRowsAreReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad-triggers.tsv"), "#phrase\tfamily\tacled_type\tacled_sub_type\tcameo\tquad\tpos\tframe\tpriority\tneeds\talt\tnotes\n"
                + "قصف\tviolence\tExplosions/Remote violence\tShelling\t19\t4\tN\tagent\t10\t\t\t\n", StandardCharsets.UTF_8);
        String old = System.getProperty("rasid.data");
        System.setProperty("rasid.data", dir.toString());
        try {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TriggerLexicon.load("bad-triggers.tsv"));
            assertTrue(e.getMessage().startsWith("bad-triggers.tsv:2:"), e.getMessage());
            assertTrue(e.getMessage().contains("not an ACLED sub-type"), e.getMessage());
        } finally {
            if (old == null) {
                System.clearProperty("rasid.data");
            } else {
                System.setProperty("rasid.data", old);
            }
        }
    }
}
