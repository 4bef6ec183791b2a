package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

class ReportedAccusationTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    /** Every event of a text published on 2015-07-23: "cameo actor1>actor2". */
    private static List<String> events(String text) {
        return PIPELINE.process(new Document("t", "t", text, null, null, null, "2015-07-23", "UTF-8")).events()
                .stream().map(e -> e.cameo() + " " + e.actor1() + ">" + e.actor2()).toList();
    }

    @Test
    void aPartyTellingAnothersStrikeAccusesIt() {
        // SNN dev snn-2015-07-23-879: the barrels are the event, de Mistura's telling them his accusation (11)
        List<String> coded = events("وقال دي ميستورا نقلا عن مصادر محلية في بيان صدر الليلة قبل الماضية إن الجيش "
                + "السوري ألقى عددا كبيرا من البراميل المتفجرة على الزبداني، ما أوقع مستويات غير مسبوقة من التدمير "
                + "وعددا كبيرا من القتلى بين السكان المدنيين.");
        assertTrue(coded.contains("19 SYR_GOV>CIVILIANS"), coded.toString());
        assertTrue(coded.contains("11 UN>SYR_GOV"), coded.toString());
    }

    @Test
    void theAccusedKeepsItsWordsAsEvidence() {
        Event accusation = PIPELINE.process(new Document("t", "t", "وقال دي ميستورا إن سلاح الجو السوري قصف "
                + "مناطق في الزبداني وحولها.", null, null, null, "2015-07-23", "UTF-8")).events().stream()
                .filter(e -> "11".equals(e.cameo())).findFirst().orElseThrow();
        assertEquals("سلاح الجو السوري", accusation.evidence().part("actor2").text());
        assertEquals("دي ميستورا", accusation.evidence().part("actor1").text());
    }

    @Test
    void aMonitorOnlyReportsTheStrike() {
        assertEquals(List.of("19 SYR_GOV>null"), events("وقال المرصد السوري لحقوق الإنسان إن سلاح الجو السوري "
                + "قصف مناطق في الزبداني."));
    }

    @Test
    void aStrikeToldAsTheCauseOfAnotherMatterAccusesNobody() {
        // ANT dev ant-fr-internationalnews-314-20180308: the convoy's delay is what the Red Cross says
        List<String> coded = events("صرحت أنجي صدقي المتحدثة باسم اللجنة الدولية للصليب الأحمر، أن قافلة المساعدات "
                + "الإنسانية التي كان من المقرر أن تدخل الخميس إلى الغوطة الشرقية، قد أرجئت بعد تعرض المدينة إلى "
                + "قصف عنيف من القوات النظامية.");
        assertTrue(coded.stream().noneMatch(e -> e.startsWith("11 ")), coded.toString());
    }
}
