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

    @Test
    void aMeetingSetAsTheTimeOfAnotherActThatNamesItsPartyIsHeld() {
        // snn-2015-07-24-1842
        assertTrue(reports("وقال وزير خارجية النظام السوري وليد المعلم، بعد محادثاته مع دي مستورا في العاصمة دمشق ، إن "
                + "سوريا تدعم المبادرة التي أطلقها الرئيس الروسي فلاديمير بوتين.", "محادثات"));
        // ant-sk-middleeast-2087-20180601
        assertTrue(reports("ويأتي ذلك بعد لقاء بين وزير الدفاع الإسرائيلي أفيغدور ليبرمان ونظيره الروسي سيرجي شويغو في "
                + "موسكو أثمر عن توافق روسي إسرائيلي.", "لقاء"));
        // an aim: "العودة إلى التفاوض مع روسيا" (ant-fr-internationalnews-2180-20180705)
        assertFalse(reports("أعلنت الفصائل المعارضة موافقتها على العودة إلى التفاوض مع روسيا حول اقتراح لوقف المعارك.",
                "التفاوض"));
    }

    @Test
    void aMeetingSetWithItsOwnPeopleIsStillASetting() {
        // ant-sk-middleeast-886-20180409
        HandBuilt h = new HandBuilt("قال الرئيس الأميركي دونالد ترامب، الثلاثاء، خلال اجتماع مع قادة عسكريين إنه سيتخذ "
                + "قرارا قويا.");
        Candidate c = h.candidate("اجتماع");
        assertTrue(StatementGate.reports(h.sentence, c));
        assertTrue(StatementGate.settingWithoutParty(h.sentence, c,
                new ActorAssignment(null, null, "USA", null, java.util.List.of())));
        assertFalse(StatementGate.settingWithoutParty(h.sentence, c,
                new ActorAssignment(null, null, "USA", "RUS", java.util.List.of())));
    }

    @Test
    void aMeetingAskedForOrIntendedIsNotHeld() {
        assertFalse(reports("وطلبت الكويت عقد اجتماع طارئ لمجلس الأمن يوم الخميس.", "اجتماع"));
        assertFalse(reports("ويعتزم وزير الخارجية التركي إجراء محادثات مع نظيره الإيراني الشهر المقبل.", "محادثات"));
        assertFalse(reports("ودعت الجامعة العربية إلى عقد اجتماع وزاري بشأن إدلب.", "اجتماع"));
        assertFalse(reports("وأعلنت الفصائل أنها مستعدة لإجراء مفاوضات مع الجانب الروسي في أنقرة.", "مفاوضات"));
        assertFalse(reports("وأبدى المبعوث رغبته في استئناف مفاوضات السلام بين الطرفين.", "مفاوضات"));
    }

    @Test
    void aMeetingToComeIsNotHeld() {
        assertFalse(reports("وأكد المتحدث أن الاجتماع سيعقد في عمان مطلع الشهر المقبل.", "الاجتماع"));
        assertFalse(reports("وقال إن اجتماع اللجنة الدستورية سيبحث ملف المعتقلين.", "اجتماع"));
        // an adjective that starts like a future verb is no predicate
        assertTrue(reports("وعقدت محادثات سياسية بين الوفدين في أنقرة يوم الاثنين.", "محادثات"));
    }

    @Test
    void talksAtTheEndOfAJourneyOrAMeetingHeldAreReported() {
        assertTrue(reports("ووصل وزير الخارجية العراقي إلى دمشق يوم الأحد لإجراء محادثات مع المسؤولين السوريين.", "محادثات"));
        assertTrue(reports("وعقد وزير الدفاع الروسي اجتماعا مع نظيره التركي في موسكو يوم الاثنين.", "اجتماعا"));
        assertTrue(reports("وأجرى الرئيس الإيراني محادثات مع نظيره التركي في طهران يوم الاثنين.", "محادثات"));
    }

    @Test
    void aDefiniteMeetingNounGovernedByAnotherWordIsReferredTo() {
        assertFalse(reports("واتهم القيادي في جيش الإسلام محمد علوش الجمعة أنصار الحكومة بإعاقة المحادثات.", "المحادثات"));
        assertFalse(reports("وأضاف المتحدث أن القوى الأجنبية تقف وراء تعثر المباحثات مع الحكومة.", "المباحثات"));
        assertFalse(reports("ووصف المسؤول الموقف الأمريكي بغير المشجع بالرغم من المحادثات البناءة بين واشنطن وباريس.",
                "المحادثات"));
    }

    @Test
    void aDefiniteMeetingNounAfterAPrepositionOrAVerbOfHoldingIsReported() {
        assertTrue(reports("وعقد الاجتماع في أنقرة يوم الاثنين بين وزيري الخارجية التركي والروسي.", "الاجتماع"));
        assertTrue(reports("وبدأت المفاوضات بين الجانب الروسي ووجهاء المدينة يوم الاثنين.", "المفاوضات"));
        assertTrue(reports("وتناول الجانبان في المحادثات الوضع في إدلب يوم الاثنين.", "المحادثات"));
        assertTrue(reports("وهددت روسيا بإبادة المدينة ضمن المفاوضات الجارية بين الطرفين.", "المفاوضات"));
        assertTrue(reports("وأكد الوزير أن الاجتماع ناقش الوضع في إدلب يوم الاثنين.", "الاجتماع"));
        assertTrue(reports("وأعلنت الحركة في بيان توقف المفاوضات مع الوفد الإيراني يوم الاثنين.", "المفاوضات"));
        assertTrue(reports("وقالت الحركة إنها كانت تجري محادثات مع وفد إيراني لكن المفاوضات توقفت.", "المفاوضات"));
        assertTrue(reports("وباتت المباحثات الجارية بين تركيا وروسيا مكثفة لإيجاد صيغة توافقية.", "المباحثات"));
    }

    @Test
    void aParticipleOfStateAfterACommaIsTheSubjectsAct() {
        assertTrue(reports("وانتقد الوزير الضربات الأخيرة، متهما النظام باستهداف المدنيين.", "متهما"));
        assertTrue(reports("وحذرت موسكو من أي تدخل عسكري، داعيا الأطراف إلى ضبط النفس.", "داعيا"));
        // ال inside the word is no article: "مطالبا" is a participle like the others
        assertTrue(reports("وقال المبعوث إن الوضع في المدينة مقلق، مطالبا بفتح ممرات آمنة للمدنيين.", "مطالبا"));
    }

    @Test
    void aParticipleWithoutItsCommaIsANounOrAnAdjective() {
        assertFalse(reports("وأصدرت المحكمة حكمها بسجن 20 متهما في قضية التفجيرات.", "متهما"));
        assertFalse(reports("ونفت الجهات المتهمة أي علاقة لها بالهجوم.", "المتهمة"));
    }
}
