package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rasid.events.VerbalEvents.verbal;
import static org.rasid.events.VerbalEvents.speakers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

class ToldSpeakerTest {
    @Test
    void aBareVerbSpeaksForTheSpeakerNamedBefore() {
        // the first, undated, is a quote that colours the story; the second, dated, is the news
        String first = "قال وزير الخارجية الروسي سيرغي لافروف إن الوضع في سوريا يتحسن بشكل واضح.";
        String text = first + " وقال يوم الثلاثاء إن بلاده تدعم الحوار بين الأطراف السورية.";
        List<Event> events = verbal(text);
        assertEquals(List.of("01 RUS"), events.stream().map(e -> e.cameo() + " " + e.actor1()).toList());
        // the statement's speaker is read from the earlier mention
        int actorAt = events.get(0).evidence().spans().stream().filter(p -> p.role().equals("actor1"))
                .findFirst().orElseThrow().start();
        assertTrue(actorAt < first.length());
    }

    @Test
    void aVerbalActWithNoSubjectGoesOnWithTheLastSpeaker() {
        // "وحذر من أن": the preposition names nobody; the warning is the minister's
        assertEquals(List.of("11 FRA"), speakers("قال وزير الخارجية الفرنسي يوم الاثنين إن بلاده تتابع الوضع "
                + "في الجنوب السوري. وحذر من أن أي هجوم على المنطقة سيؤدي إلى كارثة إنسانية."));
        // a woman's warning does not go on with a man's statement
        assertEquals(List.of("01 FRA"), speakers("قال وزير الخارجية الفرنسي يوم الاثنين إن بلاده تتابع الوضع "
                + "في الجنوب السوري. وحذرت من أن أي هجوم على المنطقة سيؤدي إلى كارثة إنسانية."));
    }

    @Test
    void aContinuedQuoteGivesTheStatementItsStrongestAct() {
        String said = "قال وزير الخارجية الفرنسي جان إيف لودريان يوم الاثنين إن بلاده تتابع الوضع في الجنوب السوري.";
        // "وأكد أن بلاده ستشن": the statement threatens (13), once, on the day it was made
        assertEquals(List.of("13 FRA"), speakers(said + " وأكد أن بلاده ستشن ضربات على أي موقع ينتج أسلحة كيماوية."));
        // nothing stronger said: the statement stays one plain statement
        assertEquals(List.of("01 FRA"), speakers(said + " وأكد أن الحوار بين الأطراف مستمر."));
    }

    @Test
    void aVerbThatGoesOnQuotingOnlyContinuesTheLastSpeaker() {
        String said = "قال وزير الخارجية الفرنسي جان إيف لودريان يوم الاثنين إن بلاده تتابع الوضع في الجنوب السوري.";
        // "وأضاف أن بلاده ستشن": the minister's statement goes on, and threatens
        assertEquals(List.of("13 FRA"), speakers(said + " وأضاف أن بلاده ستشن ضربات على أي موقع ينتج أسلحة كيماوية."));
        // a noun of violence in what he adds is its topic: the statement stays one plain statement
        assertEquals(List.of("01 FRA"), speakers(said + " وتابع أن إزالة الألغام في المنطقة تحتاج وقتا طويلا."));
        // "وأضاف X أن" names no speaker of its own: it opens no statement, and no one named before, none
        assertEquals(List.of("01 FRA"), speakers(said + " وأضاف وزير الخارجية الروسي سيرغي لافروف أن بلاده "
                + "تدعم الحوار."));
        assertEquals(List.of(), speakers("وأضاف يوم الاثنين أن بلاده تدعم الحوار بين الأطراف السورية."));
    }

    @Test
    void aVerbalActAfterKamaKeepsTheSubjectOfTheVerbBeforeIt() {
        // ant-sk-middleeast-3587-20180909: "كما طالب بتحديد ممرات" is the envoy's demand, his statement's strongest act
        List<Event> events = verbal("ودعا مبعوث الأمم المتحدة إلى سوريا ستافان دي ميستورا، الجمعة، أمام مجلس الأمن "
                + "الدولي إلى توجيه \"إنذار\" للمسلحين لإخلاء المناطق السكنية، كما طالب بتحديد ممرات للسماح للمدنيين "
                + "بمغادرة إدلب في ظل العملية العسكرية الوشيكة.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().equals("10") && "UN".equals(e.actor1())), events::toString);
        assertTrue(events.stream().noneMatch(e -> e.cameo().equals("02")), events::toString);
    }

    @Test
    void theVerbMustAgreeWithTheSpeaker() {
        assertEquals(List.of(), speakers("قال وزير الخارجية الروسي سيرغي لافروف إن العلاقات مع "
                + "الصين تتحسن بشكل واضح. وقالت يوم الأربعاء إن بلادها تدعم الحوار بين الأطراف السورية."));
    }

    @Test
    void aNewNamedSpeakerEndsTheThread() {
        assertEquals(List.of(), speakers("قال وزير الخارجية الروسي سيرغي لافروف إن العلاقات مع "
                + "الصين تتحسن بشكل واضح. وقال المحلل العسكري فيكتور ليتوفكين يوم الثلاثاء إن الوضع صعب. "
                + "وقال يوم الأربعاء إن الحوار بين الأطراف السورية متعثر."));
    }

    @Test
    void aVerbWithinItsClauseMayHaveItsSubjectBeforeIt() {
        assertEquals(List.of(), speakers("قال وزير الخارجية الروسي سيرغي لافروف إن العلاقات مع "
                + "الصين تتحسن بشكل واضح. لكن البيت الأبيض يوم الثلاثاء صرح أن الحوار بين الأطراف السورية متعثر."));
    }

    @Test
    void theEndingTellsGenderAndNumber() {
        assertEquals("f", ToldSpeaker.agreement("وقالت"));
        assertEquals("p", ToldSpeaker.agreement("قالوا"));
        assertEquals("m", ToldSpeaker.agreement("وقال"));
    }
}
