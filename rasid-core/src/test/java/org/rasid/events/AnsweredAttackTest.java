package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.pipeline.Pipeline;

class AnsweredAttackTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static Event act(String cameo, String text) {
        List<Event> es = PIPELINE.process(Document.ofText("t", text)).events();
        return es.stream().filter(x -> cameo.equals(x.cameo())).findFirst().orElseThrow(() -> new AssertionError(es));
    }

    @Test
    void aDenialOfTheAttackIsPlacedAtTheAttack() {
        Event e = act("01", "قصفت طائرات حربية يوم الأحد مدينة سراقب بالبراميل المتفجرة. "
                + "ونفت وزارة الدفاع الروسية يوم الاثنين القصف.");
        assertEquals("SY-ID", e.admin1());
        Evidence.Part where = e.evidence().part("location");
        assertEquals("سراقب", where.text());
    }

    @Test
    void aCondemnationOfTheStrikesIsPlacedAtThem() {
        Event e = act("11", "شنت طائرات حربية يوم الأحد غارات على بلدة كفرنبل. "
                + "وأدانت وزارة الخارجية الفرنسية يوم الاثنين بشدة الغارات.");
        assertEquals("SY-ID", e.admin1());
    }

    @Test
    void anyAttackDeniedIsTheAttackTold() {
        Event e = act("01", "قصفت قوات النظام يوم السبت بلدة حرستا بالصواريخ. "
                + "ونفت وزارة الدفاع السورية يوم الأحد شن أي هجوم على المدنيين.");
        assertEquals("SY-RD", e.admin1());
    }

    @Test
    void aLongSpeakerAfterTheActDoesNotPutTheChargesOutOfReach() {
        // ANT dev: the talks on Douma named 13 words after the act, 9 after its speaker
        Event e = act("11", "تعرضت مدينة دوما السورية الخاضعة لسيطرة المعارضة إلى قصف جوي جديد السبت. "
                + "وفي هذا السياق، اتهم القيادي في \"جيش الإسلام\" محمد علوش الجمعة أنصار الحكومة السورية "
                + "الدوليين بإعاقة المحادثات.");
        assertEquals("SY-RD", e.admin1());
        assertEquals("دوما", e.locationAr());
    }

    @Test
    void aReactionToldBeforeTheAttackTakesItsPlace() {
        // ANT dev ant-sk-middleeast-839-20180407: the accusation leads, the story tells the attack on Douma after it
        Event e = act("11", "وقال مسؤول في الخارجية الأميركية لسكاي نيوز عربية، إن النظام السوري لديه تاريخ في "
                + "استخدام الأسلحة الكيماوية ضد شعبه. وأضاف المسؤول، أن روسيا تتحمل المسؤولية لهذا الاستهداف الوحشي "
                + "لعدد لا يحصى من السوريين بالأسلحة الكيميائية. والسبت، أسفرت 3 هجمات بغاز الكلور عن مقتل نحو 100 "
                + "شخص وإصابة أكثر من 1000 من المدنيين في دوما، التي استأنف النظام قصفها، الجمعة.");
        assertEquals("SY-RD", e.admin1());
        assertEquals("دوما", e.locationAr());
    }

    @Test
    void aStatementThatRefersToNoAttackStaysUnplaced() {
        Event e = act("01", "قصفت طائرات حربية يوم الأحد مدينة سراقب بالبراميل المتفجرة. "
                + "ونفت وزارة الدفاع الروسية يوم الاثنين وجود قوات لها في المنطقة.");
        assertNull(e.admin1());
    }

    @Test
    void attacksAtTwoPlacesLeaveAnUnnamedReferenceUnplaced() {
        Event e = act("01", "قصفت طائرات حربية يوم الأحد مدينة سراقب بالبراميل المتفجرة. "
                + "وقصفت طائرات أخرى يوم الأحد بلدة حرستا بالصواريخ. "
                + "ونفت وزارة الدفاع الروسية يوم الاثنين القصف.");
        assertNull(e.admin1());
    }

    @Test
    void aDenialOfTheChargesIsPlacedAtTheAttackTheyConcern() {
        Event e = act("01", "قصفت طائرات حربية يوم الأحد مدينة سراقب بالبراميل المتفجرة. "
                + "ونفت وزارة الدفاع الروسية يوم الاثنين الاتهامات.");
        assertEquals("SY-ID", e.admin1());
    }

    @Test
    void theChargesAnswerThePlaceTheStoryKeepsNaming() {
        Event e = act("01", "قصفت طائرات حربية يوم الأحد مدينة سراقب بالبراميل المتفجرة. "
                + "وقصفت طائرات أخرى يوم الأحد بلدة حرستا بالصواريخ. "
                + "وأفاد ناشطون أن القصف على سراقب أوقع جرحى في سراقب. "
                + "ونفت وزارة الدفاع الروسية يوم الاثنين الاتهامات.");
        assertEquals("SY-ID", e.admin1());
    }

    @Test
    void talksAboutTheAttackArePlacedAtIt() {
        Event e = act("04", "قصفت طائرات حربية يوم الأحد مدينة سراقب بالبراميل المتفجرة. "
                + "وبحث الرئيس الفرنسي يوم الاثنين في اتصال هاتفي مع الرئيس الأمريكي الهجوم.");
        assertEquals("SY-ID", e.admin1());
    }

    @Test
    void talksHeldAtAVenueStayThere() {
        Event e = act("04", "قصفت طائرات حربية يوم الأحد مدينة سراقب بالبراميل المتفجرة. "
                + "والتقى الرئيس الفرنسي يوم الاثنين في باريس الرئيس الأمريكي وبحثا الهجوم.");
        assertEquals("FR", e.admin1());
    }
}
