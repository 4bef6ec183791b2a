package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

class ActorSuccessionTest {

    // SNN dev snn-2015-08-02-113: Nusra's kidnapping near Azaz, told in 2015
    private static final String KIDNAPPING = "وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الاربعاء، قرب مدينة "
            + "اعزاز في ريف حلب الشمالي، حسبما ذكر المرصد السوري لحقوق الانسان والفرقة نفسها.";

    private static List<String> sides(List<Event> events) {
        return events.stream().flatMap(e -> java.util.stream.Stream.of(e.actor1(), e.actor2()))
                .filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void nusraKeepsItsNameIn2015() {
        List<String> sides = sides(StoryEvents.coded(KIDNAPPING, "2015-08-02"));
        assertTrue(sides.contains("NUSRA"), sides.toString());
        assertTrue(!sides.contains("HTS"), sides.toString());
    }

    @Test
    void nusraIsHtsInA2018Report() {
        // the same telling dated 2018, after Nusra became Hayat Tahrir al-Sham (actors.tsv: HTS@2017-01-28)
        List<String> sides = sides(StoryEvents.coded(KIDNAPPING, "2018-08-02"));
        assertTrue(sides.contains("HTS"), sides.toString());
        assertTrue(!sides.contains("NUSRA"), sides.toString());
    }

    // SNN dev snn-2015-07-25-653: Nusra named beside the opposition, an associate of the attacking side
    private static final String ALLIED_ATTACK = "وقد تجددت المعارك العنيفة الخميس في مدينة درعا في جنوب سوريا بين "
            + "قوات النظام ومقاتلي المعارضة إثر هجوم شنه مقاتلو المعارضة وجبهة النصرة الاسلامية على احياء تابعة "
            + "لقوات النظام، بحسب ما افاد المرصد السوري لحقوق الانسان.";

    private static List<String> associates(List<Event> events) {
        return events.stream().flatMap(e -> java.util.stream.Stream.concat(
                e.assocActor1() == null ? java.util.stream.Stream.empty() : e.assocActor1().stream(),
                e.assocActor2() == null ? java.util.stream.Stream.empty() : e.assocActor2().stream())).toList();
    }

    @Test
    void anAssociateIsRenamedToo() {
        List<String> in2015 = associates(StoryEvents.coded(ALLIED_ATTACK, "2015-07-25"));
        assertTrue(in2015.contains("NUSRA"), in2015.toString());
        List<String> in2018 = associates(StoryEvents.coded(ALLIED_ATTACK, "2018-07-25"));
        assertTrue(in2018.contains("HTS") && !in2018.contains("NUSRA"), in2018.toString());
    }
}
