package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

class OtherMatterTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    /** A digest as the ANT feed holds it (CNN, 12 September 2018): a Syrian item, then the Basra item. */
    private static final String SYRIA = "أعلنت قوات سوريا الديمقراطية، الثلاثاء، بدء عملية عسكرية ضد تنظيم داعش في"
            + " ريف دير الزور الشرقي.";
    private static final String BASRA = "حذرت سارة ساندرز، المتحدثة باسم البيت الأبيض، إيران من مغبة مهاجمة القنصلية"
            + " الأمريكية في البصرة أو السفارة الأمريكية في العاصمة العراقية، بغداد.";

    private static List<Event> verbal(String... paragraphs) {
        String title = "قوات سوريا الديمقراطية تشن عملية ضخمة ضد داعش";
        Document d = new Document("t", "t", title + "\n" + String.join("\n", paragraphs), title, null, null,
                "2018-09-12", "UTF-8");
        return PIPELINE.process(d).events().stream().filter(e -> e.acledType() == null).toList();
    }

    @Test
    void aWarningAbroadInAParagraphThatNamesNothingOfSyriaIsAnotherMatter() {
        List<Event> es = verbal(SYRIA, BASRA);
        assertFalse(es.stream().anyMatch(e -> "IQ".equals(e.admin1())), es.toString());
    }

    @Test
    void theSameWarningBesideAWordOfSyriaIsKept() {
        // the paragraph ties the warning to Syria: a statement about the conflict is coded wherever it was made
        List<Event> es = verbal(SYRIA, BASRA.replace("بغداد.", "بغداد، ومن التصعيد في سوريا."));
        assertTrue(es.stream().anyMatch(e -> "13".equals(e.cameo()) && "USA".equals(e.actor1())), es.toString());
    }
}
