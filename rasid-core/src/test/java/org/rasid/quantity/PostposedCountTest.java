package org.rasid.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The count of a death verb told after the verb's adjuncts, read through the whole counter. */
class PostposedCountTest {
    private static List<String> tolls(String sentence) {
        return CasualtyCounterTest.tolls(sentence);
    }

    @Test
    void aTimeWordAPlaceOrAnAttributionBeforeTheCount() {
        assertEquals(List.of("killed 9 CIVILIANS «9»"),
                tolls("وقتل الإثنين، بحسب ناشطين محليين، 9 مدنيين بينهم طفلان في غارات على بلدة كفرزيتا"));
        assertEquals(List.of("killed 20 null «أكثر من 20»"),
                tolls("واستشهد مساء في بلدتي حزة وكفربطنا أكثر من 20 شخصا جراء القصف المدفعي"));
        assertEquals(List.of("killed 6 CIVILIANS «ستة»"),
                tolls("وشنت الطائرات غارة على السوق وقتل فيها، وفق مصادر طبية، ستة مدنيين"));
        assertEquals(List.of("killed 5 CIVILIANS «5»"), tolls("وقتل في القصف الذي طال 3 قرى 5 مدنيين"));
    }

    @Test
    void notPastAnotherCasualtyWordAFullStopOrAnotherReport() {
        assertEquals(List.of("injured 4 CIVILIANS «4»"),
                tolls("قتل في القصف، وأصيب 4 مدنيين بجروح خطيرة"));
        assertEquals(List.of(), tolls("وقتل في الهجوم الذي طال 3 قرى بريف حماة. وتضررت 5 منازل"));
        assertEquals(List.of(), tolls("وقتل أمس على الطريق الواصل بين 3 بلدات شمال المدينة"));
        assertEquals(List.of(), tolls("وقتل في الغارة، فيما نزح من البلدة 300 مدني"));
        assertEquals(List.of(), tolls("وقتل منذ مطلع الشهر 40 مدنيا في الغارات على البلدة"));
        assertEquals(List.of(), tolls("وقتل في القصف عشرات المدنيين"), "a vague amount after the adjuncts");
    }
}
