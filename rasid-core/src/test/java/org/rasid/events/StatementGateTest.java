package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatementGateTest {
    private static boolean reports(String text, String trigger) {
        HandBuilt h = new HandBuilt(text);
        return StatementGate.reports(h.sentence, h.candidate(trigger));
    }

    @Test
    void aRecalledStatementIsBackground() {
        assertFalse(reports("وكان جيش الإسلام قد نفى صحة ما أعلنته هيئة الأركان الروسية.", "نفى"));
        assertFalse(reports("وكانت موسكو قد حذرت واشنطن من أي عمل عسكري في سوريا.", "حذرت"));
    }

    @Test
    void aRecalledMeetingIsStillReported() {
        assertTrue(reports("وكان لافروف قد التقى جون كيري في قطر يوم الاثنين الماضي.", "التقى"));
    }

    @Test
    void aStatementOfTheDayIsReported() {
        assertTrue(reports("ونفى الكرملين ضلوع روسيا في القصف على الغوطة الشرقية.", "نفى"));
    }

    @Test
    void aMeetingNamedAsTheSettingOfAnotherActIsNotReported() {
        assertFalse(reports("وأشار مصدر عسكري إلى أن الروس أكدوا مرارا خلال الاجتماع رفض خروج الفصائل.", "الاجتماع"));
        assertFalse(reports("وأعلنت روسيا أنها دعت إلى اجتماع عاجل لمجلس الأمن الدولي.", "اجتماع"));
    }

    @Test
    void aMeetingReportedIsKept() {
        assertTrue(reports("والتقى وزير الخارجية الفرنسي بالرئيس المصري في القاهرة يوم الأحد.", "التقى"));
        assertTrue(reports("وأكد الروس خلال الاجتماع الذي جرى في مدينة بصرى الشام رفضهم خروج الفصائل.", "الاجتماع"));
        assertTrue(reports("جاء ذلك في اتصال هاتفي بين الأسد والرئيس الإيراني حسن روحاني.", "اتصال هاتفي"));
    }
}
