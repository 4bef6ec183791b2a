package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;

/** The trigger rows of sanctions, cut ties (16) and vetoes (12) in triggers.tsv. */
class ReducedRelationsTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static List<String> verbal(String text) {
        return PIPELINE.process(Document.ofText("t", text)).events().stream()
                .filter(e -> e.acledType() == null).map(e -> e.cameo() + " " + e.actor1()).toList();
    }

    @Test
    void sanctionsImposedWithTheImposerBetweenVerbAndNoun() {
        assertEquals(List.of("16 USA"), verbal("فرضت وزارة الخزانة الأمريكية يوم الخميس عقوبات على ثلاث شركات "
                + "تتعامل مع النظام السوري."));
    }

    @Test
    void aDemandForSanctionsImposesNone() {
        // "بفرض" is the verbal noun of what is asked for, not the imposing
        assertEquals(List.of(), verbal("دعا الوزير يوم الخميس إلى وقف الحرب ومن ثم العمل بفرض عقوبات على الشركات.")
                .stream().filter(e -> e.startsWith("16")).toList());
    }

    @Test
    void tiesCutAnnouncedAreReducedRelations() {
        assertEquals(List.of("16 TUR"), verbal("أعلنت تركيا يوم الجمعة أنها ستقطع العلاقات مع النظام السوري."));
    }

    @Test
    void aVetoCastIsARejection() {
        assertEquals(List.of("12 RUS"), verbal("استخدمت روسيا يوم الثلاثاء حق النقض في مجلس الأمن ضد مشروع قرار "
                + "أمريكي."));
    }
}
