package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;

class SpeechContentTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    /** "cameo actor1" of the verbal events of a text. */
    private static List<String> verbal(String text) {
        return PIPELINE.process(Document.ofText("t", text)).events().stream()
                .filter(e -> e.acledType() == null).map(e -> e.cameo() + " " + e.actor1()).toList();
    }

    @Test
    void aPriceToBePaidInWhatThePresidentSaidIsHisThreat() {
        // the future "سيتم" is the content of the threat, not a cancelled event
        assertEquals(List.of("13 USA"), verbal("قال الرئيس الأميركي دونالد ترامب يوم الاثنين إنه سيتم دفع ثمن باهظ "
                + "بسبب الهجوم على دوما."));
    }

    @Test
    void consequencesUnderAConditionAreTheSpeakersThreatNotTheAddressees() {
        assertEquals(List.of("13 TUR"), verbal("قال الرئيس التركي رجب طيب أردوغان لنظيره الروسي يوم الاثنين إن "
                + "النظام السوري سيواجه عواقب وخيمة إذا أبرم اتفاقا مع المسلحين الأكراد."));
    }

    @Test
    void notRulingOutForceIsAThreat() {
        assertEquals(List.of("13 USA"), verbal("أكد وزير الدفاع الأميركي جيمس ماتيس يوم الاثنين أنه لا يستبعد "
                + "استخدام القوة العسكرية ضد سوريا."));
    }

    @Test
    void blameLaidInAStatementIsAnAccusation() {
        assertEquals(List.of("11 FRA"), verbal("أعلن رئيس الوزراء الفرنسي إدوار فيليب يوم الثلاثاء أن حلفاء النظام "
                + "السوري يتحملون مسؤولية خاصة عن الهجوم الكيماوي."));
    }

    @Test
    void responsibilityNobodyIsQuotedOnIsNoStatement() {
        assertEquals(List.of(), verbal("وتتحمل الشرطة العسكرية الروسية المسؤولية عن أمن المدينة منذ يوم الاثنين."));
        assertEquals(List.of(), verbal("وتبنى تنظيم الدولة يوم الاثنين المسؤولية عن التفجير في دمشق.").stream()
                .filter(v -> v.startsWith("11")).toList());
    }

    @Test
    void theTitleRightAfterAVerbalActHeadsItsSpeaker() {
        // verb, then the subject's title and its genitives, then the one addressed
        assertEquals(List.of("11 FRA"), verbal("حذر وزير دفاع فرنسا يوم الأربعاء من أي تصعيد جديد في شمال سوريا."));
        assertEquals(List.of("02 GBR"), verbal("دعا سفير لندن لدى الأمم المتحدة يوم الخميس موسكو إلى وقف الغارات "
                + "على مدينة إدلب."));
        assertEquals(List.of("01 JOR"), verbal("ونفى المتحدث باسم الحكومة الأردنية يوم الخميس الأنباء عن قصف "
                + "مناطق سورية من أراضي المملكة."));
    }

    @Test
    void aTitleWithoutItsBodyLeavesTheOneAddressedUnspoken() {
        // "الوزارة" stands alone: روسيا is the one asked, not the speaker
        assertEquals(List.of(), verbal("وطالبت الوزارة يوم الخميس روسيا بوقف الغارات على مدينة إدلب."));
        // a title and three adjectives: the actor after them is out of the title's phrase
        assertEquals(List.of(), verbal("وانتقد قيادي كردي سوري بارز يوم الخميس روسيا بسبب موقفها من الهجوم."));
    }

    @Test
    void aWarningOfTheDireConsequencesOfAnActIsAThreat() {
        // the warning (11) and the consequences it names are one statement: its strongest act
        assertEquals(List.of("13 RUS"), verbal("حذر وزير الخارجية الروسي يوم الثلاثاء واشنطن من مغبة شن ضربة "
                + "عسكرية على دمشق."));
    }

    @Test
    void aRetaliationPromisedInAStatementIsAThreat() {
        assertEquals(List.of("13 USA"), verbal("قالت المندوبة الأميركية لدى الأمم المتحدة يوم الاثنين إن بلادها "
                + "سترد على أي هجوم كيماوي جديد في سوريا."));
        // asked, not said: nobody promises anything
        assertEquals(List.of(), verbal("فهل سيرد المجتمع الدولي يوم الاثنين على الهجوم الكيماوي في دوما؟"));
    }

    @Test
    void aMemberOfABodySpeaksForIt() {
        // "في" before a body, not a land or a city, makes the title one of its members
        assertEquals(List.of("11 USA"), verbal("اتهم مسؤول في وزارة الخارجية الأميركية يوم الاثنين النظام السوري "
                + "بشن الهجوم الكيماوي.").stream().filter(v -> v.startsWith("11")).toList());
        assertEquals(List.of("11 JAI"), verbal("اتهم القيادي في \"جيش الإسلام\" يوم الجمعة النظام بإعاقة "
                + "المفاوضات.").stream().filter(v -> v.startsWith("11")).toList());
        // where an office is, or where an envoy serves, does not speak
        assertEquals(List.of(), verbal("انتقد مدير المكتب في لبنان يوم الاثنين الحكومة اللبنانية."));
    }

    @Test
    void aMemberTitledByHisOfficeSpeaksForTheBody() {
        // the title may name the member's office before "في": "مسؤول مكتب العلاقات العامة في"
        assertEquals(List.of("01 HEZBOLLAH"), verbal("قال سامر يوسف مسؤول مكتب العلاقات العامة في حزب الله يوم الاثنين "
                + "إن الحزب لا يريد الحرب."));
        assertEquals(List.of("01 SDF"), verbal("قال كمال علي عضو المكتب الإعلامي في قوات سوريا الديمقراطية يوم "
                + "الثلاثاء إن الوضع في المدينة هادئ."));
        // where an office is still does not speak
        assertEquals(List.of(), verbal("قال سامر يوسف مسؤول مكتب العلاقات العامة في لبنان يوم الاثنين إن "
                + "الوضع صعب."));
    }

    /** "actor1" of the violent events of a text. */
    private static List<String> strikers(String text) {
        return PIPELINE.process(Document.ofText("t", text)).events().stream()
                .filter(e -> e.acledType() != null).map(e -> String.valueOf(e.actor1())).toList();
    }

    @Test
    void anArmedSideReportingStrikesWithoutAnAgentStruckThem() {
        // the command tells its own raids in the passive: no agent in the content, the speaker struck
        assertEquals(List.of("COALITION"), strikers("وقالت قيادة قوات التحالف الدولي في بيان يوم الأحد: إن تسع غارات "
                + "جوية نفذت قرب مدينة الرقة."));
    }

    @Test
    void aStateOnlyReportingAStrikeDidNotStrike() {
        // Washington reports a raid it does not claim: a state is no armed body, the striker stays unnamed
        assertEquals(List.of("null"), strikers("وقالت الولايات المتحدة يوم الأحد إن غارة جوية نفذت على مستشفى في "
                + "مدينة إدلب."));
    }
}
