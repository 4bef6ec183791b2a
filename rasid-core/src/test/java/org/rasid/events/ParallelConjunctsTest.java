package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

class ParallelConjunctsTest {
    private static List<String> placesOf(String text) {
        List<Event> es = Pipeline.withDefaults().process(Document.ofText("t", text)).events();
        return es.stream().filter(e -> e.acledType() != null).map(Event::locationAr).toList();
    }

    @Test
    void aStrikeToldInAConjunctOfItsOwnIsOneMoreEventAtItsOwnPlace() {
        // SNN dev snn-2015-07-31-1689: the second strike, with its own victims and weapon, after "، و"
        assertEquals(List.of("معره النعمان", "جوزف"), placesOf("وقتل طفلان شقيقان في غارة من طائرات حربية على "
                + "مدينة معرة النعمان، وامرأة وطفلها في قصف جوي على قرية جوزف في منطقة جبل الزاوية."));
        // SNN dev snn-2015-08-09-988: "غارة أخرى" on a hospital of another town, in the stretch after the comma
        assertEquals(List.of("سراقب", "كفرنبل"), placesOf("ونوه ناشطون من المنطقة إلى أنه بالتزامن مع شن الطيران "
                + "الحربي غارة على مشفى سراقب، استهدفت غارة أخرى مشفى أورينت الجراحي في بلدة كفرنبل بريف إدلب."));
    }

    @Test
    void aStretchThatNamesNoOtherTownStaysWithTheActBeforeIt() {
        // the barrels of the second stretch fall on the town of the first: one strike
        assertEquals(List.of("كفرنبل"), placesOf("قصفت قوات النظام بلدة كفرنبل بريف إدلب، مستهدفة بالبراميل "
                + "المتفجرة منازل المدنيين في البلدة."));
        // a region after the comma only locates ("على ريف إدلب، حيث قصف بلدات ..."): no event at the region
        assertEquals(List.of("كفرنبل"), placesOf("شن الطيران الحربي غارات على بلدة كفرنبل، وقصف مدفعي على "
                + "ريف إدلب الجنوبي."));
    }
}
