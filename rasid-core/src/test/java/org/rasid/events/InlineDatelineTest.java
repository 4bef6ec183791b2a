package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.clean.OutletNames;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;
import org.rasid.text.Span;

class InlineDatelineTest {
    private static final InlineDateline DATELINE = new InlineDateline(OutletNames.load());

    private static String head(String text) {
        Span s = DATELINE.find(text, new Span(0, text.length()));
        return s == null ? null : text.substring(s.start(), s.end());
    }

    @Test
    void aPlaceAndCountryBeforeAParenthesisedOutlet() {
        assertEquals("دبي، الإمارات العربية المتحدة (CNN)--",
                head("دبي، الإمارات العربية المتحدة (CNN)-- كشف مصدر سوري، الأحد، عن اتفاق في دوما."));
        assertEquals("بيروت (أ ف ب) -", head("بيروت (أ ف ب) - قصفت قوات النظام مدينة دوما."));
    }

    @Test
    void aPlaceDashOutlet() {
        assertEquals("موسكو - رويترز", head("موسكو - رويترز قالت وزارة الدفاع الروسية إن طائراتها قصفت إدلب."));
        assertEquals("واس- الرياض:", head("واس- الرياض: نفذت قوات التحالف الدولي تسع ضربات جوية على مواقع للتنظيم."));
    }

    @Test
    void anAgencyCitedInTheSentenceIsNoDateline() {
        assertNull(head("ذكرت وكالة الأنباء الرسمية السورية (سانا) أن صواريخ استهدفت مطار الشعيرات."));
        assertNull(head("قصفت قوات النظام - بحسب ناشطين - مدينة دوما."));
    }

    @Test
    void theFilingPlaceIsNeitherAPartyNorThePlace() {
        List<Event> es = Pipeline.withDefaults().process(Document.ofText("t",
                "دبي، الإمارات العربية المتحدة (CNN)-- قصفت قوات النظام السوري، الأحد، مدينة دوما في الغوطة الشرقية."))
                .events();
        assertEquals(1, es.size(), es::toString);
        assertEquals("SYR_GOV", es.get(0).actor1());
        assertEquals("دوما", es.get(0).locationAr());
        for (Event e : es) {
            assertTrue(!"ARE".equals(e.actor2()) && !"AE".equals(e.admin1()), e::toString);
        }
    }

    @Test
    void aStatementAfterTheDatelineHasNoFilingPlaceSpeaker() {
        List<Event> es = Pipeline.withDefaults().process(Document.ofText("t",
                "دبي، الإمارات العربية المتحدة (CNN)— كشف مصدر سوري، الأحد، عن توصل السلطات السورية لاتفاق يقضي "
                        + "بخروج عناصر جيش الإسلام من دوما.")).events();
        for (Event e : es) {
            assertTrue(!"ARE".equals(e.actor1()) && !"ARE".equals(e.actor2()), e::toString);
        }
    }
}
