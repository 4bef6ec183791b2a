package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;

class SpeechStatementTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    /** "cameo actor1" of the verbal events of a text. */
    private static List<String> verbal(String text) {
        return PIPELINE.process(Document.ofText("t", text)).events().stream()
                .filter(e -> e.acledType() == null).map(e -> e.cameo() + " " + e.actor1()).toList();
    }

    @Test
    void aPartySayingSomethingOnItsDayIsAPublicStatement() {
        assertEquals(List.of("01 RUS"), verbal("قال وزير الخارجية الروسي سيرغي لافروف يوم الثلاثاء إن الوضع "
                + "في سوريا يتحسن بشكل واضح."));
    }

    @Test
    void aPartyDisclosingSomethingOnItsDayIsAPublicStatement() {
        assertEquals(List.of("01 RUS"), verbal("كشف وزير الخارجية الروسي سيرغي لافروف يوم الثلاثاء أن بلاده "
                + "تلقت رسالة من واشنطن بشأن سوريا."));
    }

    @Test
    void theSpeakersOwnSideMaySpeakInTheFirstPerson() {
        // "عمليتنا": the strike announced is the speaker's side's, a threat, not a warning about another
        assertEquals(List.of("13 FRA"), verbal("قال وزير الخارجية الفرنسي جان إيف لودريان يوم الثلاثاء إن "
                + "عمليتنا ستستهدف مواقع إنتاج الأسلحة الكيماوية."));
    }

    @Test
    void theSpeakersForcesEnteringACityIsAThreat() {
        // ANT dev ant-cn-middleeast-265-20180314: Turkey's forces will enter Afrin, a capture announced (13), not 01
        assertEquals(List.of("13 TUR"), verbal("قال الرئيس التركي، رجب طيب أردوغان، إن القوات التركية ستدخل "
                + "مدينة عفرين، الأربعاء، ضمن العمليات التي أعلن عنها الجيش التركي شمال سوريا."));
    }

    @Test
    void theSpeakersForcesBesiegingACityIsAThreat() {
        // ANT dev ant-cn-internationalnews-22-20180220: a siege announced by the speaker is a threat (13)
        assertEquals(List.of("13 TUR"), verbal("قال الرئيس التركي، رجب طيب أردوغان، الثلاثاء، إن قوات بلاده "
                + "ستقوم بمحاصرة مركز مدينة عفرين، شمال سوريا."));
    }

    @Test
    void anUndatedQuoteIsNoStatementOfItsOwn() {
        assertEquals(List.of(), verbal("وقال لافروف في المؤتمر الصحافي إن الوضع في سوريا يتحسن بشكل واضح."));
    }

    @Test
    void aMonitorReportingShellingGivesTheShellingNotAStatement() {
        assertEquals(List.of(), verbal("قال المرصد السوري لحقوق الإنسان يوم الثلاثاء إن قوات النظام قصفت "
                + "مدينة دوما بالمدفعية."));
    }

    @Test
    void aSpeakerTellingAnActThatCodesNothingMadeAStatement() {
        // ANT dev: the wounding of Russians codes no event, so the ministry's saying it is the news (01)
        assertEquals(List.of("01 RUS"), verbal("قالت وزارة الخارجية الروسية، الثلاثاء، إن \"بضع عشرات\" من الروس "
                + "أصيبوا في سوريا خلال المواجهات الأخيرة بالبلاد، لافتة إلى أن المصابين من غير العسكريين."));
    }

    @Test
    void aSpeakerTellingItsOwnSidesActOnlyRelaysIt() {
        // outside feed: the strikes are Iraq's own, the news is the strikes, not Baghdad's saying so
        assertEquals(List.of(), verbal("أعلنت الحكومة العراقية، الخميس، أن قواتها الجوية شنت غارات جوية "
                + "\"مميتة\" على مواقع لتنظيم داعش الإرهابي داخل الأراضي السورية."));
    }

    @Test
    void anAnalystIsNoParty() {
        assertEquals(List.of(), verbal("قال المحلل العسكري الروسي فيكتور ليتوفكين يوم الثلاثاء إن الوضع في "
                + "سوريا يتحسن بشكل واضح."));
        assertEquals(List.of(), verbal("قالت آريان طباطبائي الخبيرة في الشؤون الإيرانية يوم الثلاثاء إن إيران "
                + "ترفض الانسحاب من سوريا."));
    }

    @Test
    void whatAnActivistQuotesOfAStateIsNotThatStatesAct() {
        assertEquals(List.of(), verbal("وقال الناشط في مدينة درعا عمر الحريري يوم الاثنين إن الطرف الروسي "
                + "يرفض خروج أي شخص من المدينة."));
    }

    @Test
    void anActOfTheSpeakersOwnSideAnnouncedIsAThreat() {
        assertEquals(List.of("13 GBR"), verbal("قال وزير الخارجية البريطاني بوريس جونسون يوم الثلاثاء إن بلاده "
                + "قد تشارك في الضربات العسكرية ضد الحكومة السورية."));
    }

    @Test
    void anAttackAscribedToAnotherThatIsNotToldAsDoneIsAnAccusation() {
        assertEquals(List.of("11 RUS"), verbal("زعمت روسيا يوم الثلاثاء أن التحضير لهجوم كيماوي مفبرك على إدلب "
                + "قد بدأ."));
    }

    @Test
    void aPronounThatIsTheContentsTopicAnnouncesNothing() {
        assertEquals(List.of("11 RUS"), verbal("واعتبر الناطق باسم الكرملين ديمتري بيسكوف يوم الخميس أنها اتهامات "
                + "لا أساس لها عن القصف على الغوطة الشرقية."));
    }

    @Test
    void aParticipleOfStateAfterTheStatementIsTheSpeakersStrongerAct() {
        assertEquals(List.of("11 RUS"), verbal("قال وزير الخارجية الروسي سيرغي لافروف يوم الثلاثاء إن الوضع في "
                + "سوريا معقد، متهما الولايات المتحدة بعرقلة الحل السياسي."));
    }

    @Test
    void aQuotationAfterAColonIsWhatTheSpeakerSays() {
        assertEquals(List.of("01 TUR"), verbal("وقال وزير الخارجية التركي مولود جاويش أوغلو يوم الأربعاء: \"نحن "
                + "مستعدون لمواصلة الحوار بشأن مستقبل سوريا\"."));
        // the consequences promised inside the quotation are the speaker's threat, as after إن
        assertEquals(List.of("13 USA"), verbal("وقال الرئيس الأميركي دونالد ترامب يوم الاثنين: \"سيدفع النظام "
                + "ثمنا باهظا\"."));
    }

    @Test
    void aColonWithoutAQuotationMarkOrFarFromTheVerbOpensNoQuotation() {
        assertEquals(List.of(), verbal("وقال وزير الخارجية التركي يوم الأربعاء في المؤتمر الصحافي الذي عقده "
                + "بعد لقائه نظيره الإيراني في العاصمة أنقرة مساء أمس حول الأوضاع في المنطقة: \"نحن مستعدون\"."));
        assertEquals(List.of(), verbal("وقال وزير الخارجية التركي يوم الأربعاء: نحن مستعدون لمواصلة الحوار."));
    }
}
