package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;

/** The verbal acts of triggers.tsv and event_words.tsv on hand-built sentences. */
class VerbalLexiconTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    /** "cameo actor1" of the verbal events of a text. */
    private static List<String> verbal(String text) {
        return PIPELINE.process(Document.ofText("t", text)).events().stream()
                .filter(e -> e.acledType() == null).map(e -> e.cameo() + " " + e.actor1()).toList();
    }

    @Test
    void aDangerPosedIsNoThreatMade() {
        // "a threat to" as the danger something poses, not an actor's threat
        assertEquals(List.of("11 FRA"), verbal("حذر الرئيس الفرنسي يوم الجمعة من التهديد الإرهابي."));
        assertEquals(List.of(), verbal("وأكد نتنياهو يوم الأحد أن طهران تمثل أكبر تهديد للعالم.").stream()
                .filter(v -> v.startsWith("13")).toList());
        // a threat made by an actor stays one
        assertEquals(List.of("13 TUR"), verbal("هددت تركيا يوم الثلاثاء بشن هجوم على منبج."));
    }

    @Test
    void aVisitIsAConsultation() {
        assertEquals(List.of("04 RUS"), verbal("زار وزير الخارجية الروسي سيرغي لافروف العاصمة التركية أنقرة يوم "
                + "الاثنين."));
    }

    @Test
    void aCallToldWithTheVerbOfSpeakingIsAConsultation() {
        // ant-sk-internationalnews-1529-20180512 and ant-fr-internationalnews-1201-20180512 (dev)
        assertEquals(List.of("04 USA"), verbal("إن الرئيس دونالد ترامب تحدث عبر الهاتف الجمعة مع رئيسة وزراء بريطانيا "
                + "تيريزا ماي.").stream().filter(v -> v.startsWith("04")).toList());
        assertEquals(List.of("04 USA"), verbal("وتابعت أن ترامب تشاور الجمعة مع رئيسة الوزراء البريطانية تيريزا ماي.")
                .stream().filter(v -> v.startsWith("04")).toList());
        // ant-sk-middleeast-965-20180412 (outside gold)
        assertEquals(List.of("04 ISR"), verbal("وقال مكتب نتانياهو في بيان إن رئيس الوزراء الإسرائيلي تحدث هاتفيا هذا "
                + "المساء إلى الرئيس الروسي فلاديمير بوتين.").stream().filter(v -> v.startsWith("04")).toList());
        // consulting named as a manner ("بالتشاور مع") is no meeting held
        assertEquals(List.of(), verbal("وقررت الحكومة التركية يوم الأحد بالتشاور مع روسيا إقامة نقاط مراقبة.").stream()
                .filter(v -> v.startsWith("04")).toList());
    }

    @Test
    void disappointmentVoicedIsDisapprovalNotAnAppeal() {
        // ant-fr-internationalnews-2605-20180807 (dev): خيبة أملها is no hope for what another party should do
        assertEquals(List.of("11 RUS"), verbal("كما عبرت روسيا يوم الثلاثاء عن خيبة أملها الشديدة إزاء إعادة فرض "
                + "العقوبات الأميركية على إيران."));
        // a hope voiced stays an appeal
        assertEquals(List.of("02 RUS"), verbal("وأعربت روسيا يوم الثلاثاء عن أملها في أن تتراجع واشنطن عن العقوبات."));
    }

    @Test
    void aMinistryIsNoVisit() {
        // وزارة read as و + زار + ه ("and visited him") would be a meeting
        assertEquals(List.of(), verbal("تحطمت مقاتلة يوم الخميس بحسب ما نقلت وكالات الأنباء عن وزارة الدفاع "
                + "الروسية.").stream().filter(v -> v.startsWith("04")).toList());
    }

    @Test
    void aVisitThatHadHappenedBeforeIsNotNews() {
        assertEquals(List.of(), verbal("وصل وزير الخارجية الفرنسي إلى القاهرة إذ سبق أن زارها وزير الخارجية "
                + "الفرنسي سبع مرات.").stream().filter(v -> v.startsWith("04")).toList());
    }

    @Test
    void layingTheBlameIsAnAccusation() {
        assertEquals(List.of("11 USA"), verbal("حملت الخارجية الأميركية يوم الثلاثاء النظام السوري وروسيا "
                + "المسؤولية عن الأحداث الدامية في الغوطة."));
        // a burden carried is no blame
        assertEquals(List.of(), verbal("حمل مقاتلو المعارضة السلاح يوم الثلاثاء في ريف إدلب.").stream()
                .filter(v -> v.startsWith("11")).toList());
    }

    @Test
    void describingAClaimAsFalseIsADenial() {
        assertEquals(List.of("01 RUS"), verbal("ووصفت الخارجية الروسية يوم الأحد هذه الأنباء بأنها مفبركة."));
        assertEquals(List.of("01 TUR"), verbal("وصفت أنقرة يوم الخميس التقارير عن قصف القرية بأنها كاذبة."));
        // a description without a word of falsity is no act
        assertEquals(List.of(), verbal("ووصف الوزير الفرنسي يوم الأحد الوضع في المدينة بأنه صعب.").stream()
                .filter(v -> v.startsWith("01")).toList());
    }

    @Test
    void anAppealAndAnInvitationAreMadeByTheirVerb() {
        assertEquals(List.of("02 UN"), verbal("أطلقت الأمم المتحدة يوم الخميس نداء عاجلا للمانحين الدوليين."));
        assertEquals(List.of("03 SYR_GOV"), verbal("وجهت الخارجية السورية يوم الثلاثاء دعوة رسمية لمنظمة حظر "
                + "الأسلحة الكيماوية."));
        // a call that nobody makes in the sentence is a topic
        assertEquals(List.of(), verbal("ناقش المؤتمر الدعوة إلى وقف القتال يوم الثلاثاء."));
    }

    @Test
    void aSpokeswomanSpeaksForHerMinistry() {
        assertEquals(List.of("11 USA"), verbal("حذرت المتحدثة باسم الخارجية الأميركية هيذر نويرت النظام السوري "
                + "يوم الثلاثاء من العواقب."));
    }

    @Test
    void aNameThatStartsLikeAFutureVerbIsNoFuture() {
        // سيرغي read as س + يرغي ("will ...") made the reception a plan (event_words.tsv not_future)
        assertEquals(List.of("04 SYR_GOV"), verbal("ذكرت الوكالة أن الرئيس السوري استقبل الأربعاء سيرغي شويغو وزير "
                + "الدفاع الروسي الذي يزور البلاد.").stream().filter(v -> v.startsWith("04")).toList());
    }
    @Test
    void talksHeldWithACounterpartAreAConsultation() {
        assertEquals(List.of("04 RUS"), verbal("بحث وزير الخارجية الروسي يوم الاثنين مع نظيره التركي الوضع في "
                + "محافظة إدلب.").stream().filter(v -> v.startsWith("04")).toList());
        // a search is no talks
        assertEquals(List.of(), verbal("يبحث الجيش الروسي يوم الاثنين عن طيار مفقود في ريف اللاذقية.").stream()
                .filter(v -> v.startsWith("04")).toList());
    }

    @Test
    void aPhoneConversationIsAConsultation() {
        // "محادثة هاتفية" is as common as "اتصال هاتفي" for a call between leaders
        assertEquals(List.of("04 FRA"), verbal("أجرى الرئيس الفرنسي يوم الخميس محادثة هاتفية مع الرئيس التركي تناولت "
                + "الوضع في الشمال السوري.").stream().filter(v -> v.startsWith("04")).toList());
    }

    @Test
    void aPressConferenceHeldWithAnotherPartyIsAConsultation() {
        assertEquals(List.of("04 FRA"), verbal("عقد الرئيس الفرنسي يوم الثلاثاء مؤتمرا صحفيا مع ولي العهد "
                + "السعودي في باريس.").stream().filter(v -> v.startsWith("04")).toList());
        // a press conference of one party alone is the setting of what it says
        assertEquals(List.of(), verbal("عقد الرئيس الفرنسي يوم الثلاثاء مؤتمرا صحفيا في باريس.").stream()
                .filter(v -> v.startsWith("04")).toList());
    }

    @Test
    void spellingsOfMonitorsAndArabBodiesNameTheSpeaker() {
        assertEquals(List.of("11 HRW"), verbal("انتقدت منظمة هيومان رايتس ووتش يوم الخميس الهجوم التركي على "
                + "عفرين.").stream().filter(v -> v.startsWith("11")).toList());
        assertEquals(List.of("11 ARAB_LEAGUE"), verbal("أدانت اللجنة الوزارية العربية يوم الثلاثاء التدخلات "
                + "الإيرانية في شؤون الدول العربية.").stream().filter(v -> v.startsWith("11")).toList());
    }

    @Test
    void aHopeVoicedIsAnAppeal() {
        // the speaker stands between أعرب and عن أمله
        assertEquals(List.of("02 RUS"), verbal("أعربت الخارجية الروسية يوم الجمعة عن أملها في أن تتحلى واشنطن "
                + "بضبط النفس في سوريا."));
    }

    @Test
    void anAdmissionIsAStatementAndALawPassedIsNot() {
        assertEquals(List.of("01 USA"), verbal("أقر وزير الخارجية الأمريكي يوم الخميس بأن الحل في سوريا ما زال "
                + "بعيدا."));
        // أقر with an object and no إن/أن adopts a law: no statement
        assertEquals(List.of(), verbal("أقر البرلمان العراقي يوم الخميس قانونا جديدا للموازنة."));
    }

    @Test
    void aCallToACounterpartIsAConsultation() {
        assertEquals(List.of("04 TUR"), verbal("اتصل الرئيس التركي رجب طيب أردوغان يوم السبت بنظيره الروسي "
                + "فلاديمير بوتين."));
    }

    @Test
    void assetsFrozenAreSanctions() {
        assertEquals(List.of("16 FRA"), verbal("جمدت فرنسا يوم الجمعة أصول خمس شركات سورية يشتبه بضلوعها في "
                + "برنامج الأسلحة الكيميائية."));
    }
}
