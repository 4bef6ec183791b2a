package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

class LocatedPlaceTest {
    private static Event first(String text, String acledType) {
        List<Event> es = Pipeline.withDefaults().process(Document.ofText("t", text)).events();
        return es.stream().filter(e -> acledType.equals(e.acledType())).findFirst()
                .orElseThrow(() -> new AssertionError(es));
    }

    @Test
    void aQuarterLocatedByItsCityIsThePlace() {
        // SNN dev snn-2015-07-24-735: the exchange was in al-Qaboun, which "في دمشق" only locates
        Event e = first("وأعلن «المرصد السوري لحقوق الإنسان»، أن «عملية التبادل جرت بين جبهة النصرة وقوات النظام "
                + "في حي القابون في دمشق، أفرج بموجبها النظام عن سبعة أسرى لديه بينهم سيدة، مقابل إطلاق الجبهة عددا "
                + "من العناصر وتسليم جثث قتلى للنظام».", "Strategic developments");
        assertEquals("القابون", e.locationAr());
        assertEquals("SY-DI", e.admin1());
    }

    @Test
    void anAreaNearTheCapitalIsThePlaceNotTheCapital() {
        // ANT dev ant-fr-internationalnews-259-20180305: the raids hit the Ghouta, "القريبة من دمشق" locates it
        Event e = first("واصلت قوات النظام السوري ليل الأحد الاثنين غاراتها على الغوطة الشرقية، القريبة من دمشق "
                + "والمحاصرة منذ عام 2013، ما أسفر عن سقوط أربعة عشر قتيلا على الأقل، بحسب ما أفاد المرصد السوري "
                + "لحقوق الإنسان الاثنين.", "Explosions/Remote violence");
        assertEquals("SY-RD", e.admin1());
        assertEquals("الغوطه الشرقيه", e.locationAr());
    }

    @Test
    void aTownAfterItsAreaIsNoLandmark() {
        // feed ant-sk-middleeast-1971-20180527: "ريف إدلب الغربي بجسر الشغور" names the town where the shelling was
        Event e = first("قتل وجرح عدد من المدنيين في ريف اللاذقية الشمالي وريف إدلب الغربي بجسر الشغور بقصف مدفعي "
                + "مكثف لقوات النظام السوري بصواريخ محملة بمادة الفوسفور.", "Explosions/Remote violence");
        assertEquals("جسر الشغور", e.locationAr());
    }
}
