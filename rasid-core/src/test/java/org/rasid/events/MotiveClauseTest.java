package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

class MotiveClauseTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static List<Event> events(String title, String body) {
        Document d = new Document("t", "t", title + "\n" + body, title, null, null, "2015-07-21", "UTF-8");
        return PIPELINE.process(d).events().stream().filter(e -> e.acledType() != null).toList();
    }

    @Test
    void theTownAnAttackAnswersIsNotWhereItHappened() {
        List<Event> es = events("قصف متبادل في شمال سوريا",
                "قصفت فصائل المعارضة مواقع قوات النظام في ريف حماة بالقذائف الصاروخية يوم الثلاثاء. "
                + "وأمطرت الفصائل المقاتلة ثلاث بلدات محاصرة بالقذائف يوم الثلاثاء، ردا على هجوم قوات النظام على مدينة الزبداني.");
        assertFalse(es.stream().anyMatch(e -> "الزبداني".equals(e.locationAr()) && "Explosions/Remote violence".equals(e.acledType())),
                es.toString());
    }

    @Test
    void anAttackInsideTheMotiveKeepsItsPlace() {
        List<Event> es = events("قصف على الزبداني",
                "قال ناشطون إن الفصائل قصفت بلدة الفوعة ردا على قصف قوات النظام مدينة الزبداني بريف دمشق يوم الثلاثاء.");
        assertTrue(es.stream().anyMatch(e -> e.admin1() != null), es.toString());
    }

    @Test
    void wordsBetweenTheReplyAndItsLinkStillOpenTheMotive() {
        for (String reply : List.of("ردا، بحسب ما قالت، على", "ردا فيما يبدو على", "ردا منها على")) {
            List<Event> es = events("قصف متبادل في شمال سوريا",
                    "قصفت فصائل المعارضة ثلاث قرى محاصرة في ريف إدلب بالصواريخ يوم الثلاثاء، " + reply
                    + " تعرض مدينة الزبداني لهجوم من قوات النظام.");
            assertFalse(es.stream().anyMatch(e -> "الزبداني".equals(e.locationAr())
                    && "Explosions/Remote violence".equals(e.acledType())), reply + " " + es);
        }
    }
}
