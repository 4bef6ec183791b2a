package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

class ReactionPremiseTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    /** From the outside feed (ANT, 10 April 2018): the Douma attack of Saturday told again on Tuesday. */
    private static final String BODY = "وقالت منظمة إغاثة سورية إن الهجوم الذي يُشتبه أنه كان بالأسلحة الكيماوية ووقع في"
            + " ساعة متأخرة من مساء السبت، أسفر عن مقتل ما لا يقل عن 60 شخصا وإصابة أكثر من ألف آخرين في عدة أماكن"
            + " بمدينة دوما الواقعة قرب العاصمة دمشق.";

    /** An article as the corpora hold it: the headline first, then the body. */
    private static List<Event> violent(String title, String body, String published) {
        Document d = new Document("t", "t", title + "\n" + body, title, null, null, published, "UTF-8");
        return PIPELINE.process(d).events().stream().filter(e -> e.acledType() != null).toList();
    }

    @Test
    void anAttackDaysOldInAStoryOfReactionsIsItsPremise() {
        List<Event> es = violent("خطوة حاسمة من ترامب \"لتوجيه الرد\" على النظام السوري", BODY, "2018-04-10");
        assertTrue(es.isEmpty(), es.toString());
    }

    @Test
    void theSameAttackUnderAHeadlineThatTellsItIsNews() {
        List<Event> es = violent("حصيلة جديدة لضحايا الهجوم الكيماوي في دوما", BODY, "2018-04-10");
        assertTrue(es.stream().anyMatch(e -> "دوما".equals(e.locationAr())), es.toString());
    }

    @Test
    void theAttackOfTheDayBeforeIsNewsUnderAnyHeadline() {
        List<Event> es = violent("خطوة حاسمة من ترامب \"لتوجيه الرد\" على النظام السوري", BODY, "2018-04-08");
        assertTrue(es.stream().anyMatch(e -> "دوما".equals(e.locationAr())), es.toString());
    }

    @Test
    void anImperfectOfAnActInTheHeadlineTellsTheAct() {
        // "يعدم": headlines tell the news act in the imperfect (ANT, 5 August 2018)
        List<Event> es = violent("سوريا: تنظيم \"الدولة الإسلامية\" يعدم أحد الرهائن المخطوفين من السويداء",
                "وكان التنظيم المتطرف شن هجوما داميا على محافظة السويداء في 25 تموز/ يوليو الماضي، أوقع أكثر من 250"
                + " قتيلا.", "2018-08-05");
        assertFalse(es.isEmpty(), es.toString());
    }
}
