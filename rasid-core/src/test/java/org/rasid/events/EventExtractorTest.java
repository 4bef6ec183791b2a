package org.rasid.events;

import org.rasid.model.Event;
import org.rasid.model.Evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;

/**
 * New sentences in the style of the seeds (a digest item under a "حلب::" header), one or more
 * per ACLED sub-type and verbal CAMEO class, and negative cases: a word that is a trigger
 * elsewhere but not here. They run through the whole pipeline with the real gazetteer, actor
 * registry, date resolver and casualty counter.
 */
class EventExtractorTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static List<Event> events(String text) {
        return PIPELINE.process(Document.ofText("t", text)).events();
    }

    private static Event only(String text) {
        List<Event> es = events(text);
        assertEquals(1, es.size(), () -> "one event expected in: " + text + "\n got " + es);
        return es.get(0);
    }

    private static void is(Event e, String type, String sub, String actor1, String actor2, String place, String admin1) {
        String got = e.acledType() + "/" + e.acledSubType() + " " + e.actor1() + "->" + e.actor2() + " @" + e.locationAr()
                + " " + e.admin1();
        assertEquals(type, e.acledType(), got);
        assertEquals(sub, e.acledSubType(), got);
        assertEquals(actor1, e.actor1(), got);
        assertEquals(actor2, e.actor2(), got);
        if (place != null) {
            assertEquals(place, e.locationAr(), got);
        }
        assertEquals(admin1, e.admin1(), got);
    }

    // ------------------------------------------------------------ Battles

    @Test
    void armedClash() {
        Event e = only("ديرالزور::\nدارت اشتباكات عنيفة بين قوات سوريا الديمقراطية وعناصر تنظيم الدولة في بلدة هجين بالريف الشرقي، أسفرت عن مقتل 4 عناصر من التنظيم.");
        is(e, "Battles", "Armed clash", "SDF", "ISIS", "هجين", "SY-DY");
        assertEquals(4, e.fatalities());
    }

    @Test
    void governmentRegainsTerritory() {
        Event e = only("حماة::\nتمكنت قوات الأسد من السيطرة على بلدة اللطامنة بالريف الشمالي بعد معارك مع فصائل المعارضة.");
        is(e, "Battles", "Government regains territory", "SYR_GOV", "OPPOSITION", "اللطامنه", "SY-HM");
    }

    @Test
    void nonStateActorOvertakesTerritory() {
        Event e = only("إدلب::\nسيطرت هيئة تحرير الشام على بلدة معرة النعمان بالريف الجنوبي بعد اشتباكات مع الجبهة الوطنية للتحرير.");
        // the side fought "بعد اشتباكات مع" is the second side (ClashPartner)
        is(e, "Battles", "Non-state actor overtakes territory", "HTS", "NLF", "معره النعمان", "SY-ID");
    }

    @Test
    void ambushOfArmedMenIsAClashWithTheAmbusherAsActor1() {
        Event e = only("حلب::\nاستشهد 3 من عناصر الجيش الحر بعد وقوعهم بكمين نصبه عناصر تنظيم الدولة قرب قرية ترندة بريف عفرين.");
        is(e, "Battles", "Armed clash", "ISIS", "FSA", null, "SY-HL");
        assertEquals(3, e.fatalities());
    }

    // ------------------------------------------------------------ Explosions/Remote violence

    @Test
    void chemicalWeapon() {
        Event e = only("ريف دمشق::\nقصفت قوات الأسد بلدة كفربطنا في الغوطة الشرقية بغاز الكلور، ما أدى لإصابة 20 مدنيا بحالات اختناق.");
        is(e, "Explosions/Remote violence", "Chemical weapon", "SYR_GOV", "CIVILIANS", "كفربطنا", "SY-RD");
        assertEquals("20", e.cameo());
    }

    @Test
    void airStrike() {
        Event e = only("إدلب::\nشن الطيران الحربي الروسي غارات جوية على مدينة خان شيخون بالريف الجنوبي، ما أدى لمقتل 3 مدنيين.");
        is(e, "Explosions/Remote violence", "Air/drone strike", "RUS", "CIVILIANS", "خان شيخون", "SY-ID");
        assertEquals(3, e.fatalities());
    }

    @Test
    void aSideThatTargetedPlacesWithNoWeaponNamedShelledThem() {
        List<Event> es = events("وذكر المرصد أن طائرات النظام السوري ومدفعيته استهدفت دوما وزملكا وبلدات أخرى في الجيب في الساعات الأولى من صباح الجمعة.");
        assertEquals(List.of("دوما", "زملكا"), es.stream().map(Event::locationAr).toList(), es::toString);
        for (Event e : es) {
            is(e, "Explosions/Remote violence", "Shelling/artillery/missile attack", "SYR_GOV", null, null, "SY-RD");
        }
    }

    @Test
    void fighterJetsThatTargetedAPlaceStruckFromTheAir() {
        List<Event> es = events("درعا::\nواستهدفت مقاتلات حربية سورية بالصواريخ الفراغية الأحياء السكنية في بلدة بصر الحرير.");
        assertEquals(1, es.size(), es::toString);
        assertEquals("Air/drone strike", es.get(0).acledSubType(), es::toString);
    }

    @Test
    void aTargetingToldInARelativeClauseIsNoEventOfItsOwn() {
        List<Event> es = events("أعلنت هيئة الأركان الفرنسية أن الجيش الفرنسي لم يشن ضربات على مطار التيفور العسكري الواقع بين مدينتي حمص وتدمر، الذي استُهدف في وقت مبكر الاثنين.");
        assertTrue(es.stream().noneMatch(e -> "Shelling/artillery/missile attack".equals(e.acledSubType())), es::toString);
    }

    @Test
    void suicideBomb() {
        Event e = only("حلب::\nفجر انتحاري نفسه بحزام ناسف عند حاجز لفصائل المعارضة في مدينة اعزاز بالريف الشمالي، ما أدى لمقتل 5 عناصر.");
        is(e, "Explosions/Remote violence", "Suicide bomb", null, "OPPOSITION", "اعزاز", "SY-HL");
    }

    @Test
    void shellingOfAListOfVillagesGivesOneEventPerVillage() {
        List<Event> es = events("حماة::\nتعرضت قرى جزرايا وزمار والعثمانية بالريف الجنوبي لقصف مدفعي وصاروخي من قبل قوات الأسد.");
        assertEquals(3, es.size(), es::toString);
        for (Event e : es) {
            is(e, "Explosions/Remote violence", "Shelling/artillery/missile attack", "SYR_GOV", null, null, "SY-HM");
        }
        assertEquals(List.of("جزرايا", "زمار", "العثمانيه"), es.stream().map(Event::locationAr).toList());
    }

    @Test
    void improvisedExplosive() {
        Event e = only("درعا::\nانفجرت عبوة ناسفة بسيارة عسكرية لقوات الأسد في مدينة الصنمين بالريف الشمالي، ما أدى لمقتل عنصرين.");
        is(e, "Explosions/Remote violence", "Remote explosive/landmine/IED", null, "SYR_GOV", "الصنمين", "SY-DR");
        assertEquals(2, e.fatalities());
    }

    @Test
    void unexplodedOrdnanceIsAnIedNotShelling() {
        Event e = only("حلب::\nاستشهد طفلان في بلدة الزربة بالريف الجنوبي جراء انفجار قنبلة عنقودية من مخلفات قصف سابق على المنطقة.");
        is(e, "Explosions/Remote violence", "Remote explosive/landmine/IED", null, "CIVILIANS", "الزربه", "SY-HL");
        assertEquals(2, e.fatalities());
    }

    @Test
    void grenade() {
        Event e = only("الحسكة::\nألقى مجهولون قنبلة يدوية على محل تجاري في مدينة القامشلي، ما أدى لإصابة 3 مدنيين.");
        is(e, "Explosions/Remote violence", "Grenade", "UNKNOWN", "CIVILIANS", "القامشلي", "SY-HA");
        assertEquals(3, e.injured());
    }

    // ------------------------------------------------------------ Violence against civilians

    @Test
    void sexualViolence() {
        Event e = only("حلب::\nاغتصب عناصر من قوات الأسد امرأة بعد اقتحام منزلها في حي الشعار بمدينة حلب.");
        is(e, "Violence against civilians", "Sexual violence", "SYR_GOV", "CIVILIANS", null, "SY-HL");
    }

    @Test
    void attackByUnknownGunmen() {
        Event e = only("درعا::\nقتل شاب برصاص مجهولين في مدينة طفس بالريف الغربي مساء أمس.");
        is(e, "Violence against civilians", "Attack", "UNKNOWN", "CIVILIANS", "طفس", "SY-DR");
        assertEquals(1, e.fatalities());
    }

    @Test
    void formerFightersKilledAreCiviliansButACommanderIsAClash() {
        Event attack = only("درعا::\nمقتل مقاتلين سابقين في \"الجيش الحر\" برصاص مجهولين في مدينة نوى.");
        is(attack, "Violence against civilians", "Attack", "UNKNOWN", "CIVILIANS", null, "SY-DR");
        assertEquals(2, attack.fatalities());
        Event clash = only("ديرالزور::\nمقتل قائد عسكري تابع لـ \"قسد\" على يد مجهولين في بلدة الشحيل.");
        is(clash, "Battles", "Armed clash", "UNKNOWN", "SDF", null, "SY-DY");
    }

    @Test
    void abduction() {
        Event e = only("إدلب::\nاختطف مسلحون مجهولون طفلا في مدينة سراقب بالريف الشرقي، واقتادوه إلى جهة مجهولة.");
        is(e, "Violence against civilians", "Abduction/forced disappearance", "UNKNOWN", "CIVILIANS", "سراقب", "SY-ID");
    }

    // ------------------------------------------------------------ Protests and riots

    @Test
    void peacefulProtest() {
        Event e = only("إدلب::\nخرجت مظاهرات في مدينة معرة النعمان بالريف الجنوبي رفضا للتسوية مع نظام الأسد.");
        is(e, "Protests", "Peaceful protest", "PROTESTERS", null, "معره النعمان", "SY-ID");
    }

    @Test
    void protestWithIntervention() {
        List<Event> es = events("دير الزور::\nفرقت قوات سوريا الديمقراطية تظاهرة في بلدة الشحيل بالريف الشرقي، واعتقلت عددا من المتظاهرين.");
        Event e = es.get(0);
        is(e, "Protests", "Protest with intervention", "SDF", "PROTESTERS", "الشحيل", "SY-DY");
    }

    @Test
    void excessiveForceAgainstProtesters() {
        Event e = only("درعا::\nأطلقت قوات الأسد النار على المتظاهرين في مدينة جاسم بالريف الشمالي، ما أدى لمقتل متظاهرين اثنين.");
        is(e, "Protests", "Excessive force against protesters", "SYR_GOV", "PROTESTERS", "جاسم", "SY-DR");
        assertEquals(2, e.fatalities());
    }

    @Test
    void violentDemonstration() {
        Event e = only("السويداء::\nأضرم محتجون النار في مبنى المحافظة وسط مدينة السويداء خلال أعمال شغب.");
        assertEquals("Riots", e.acledType());
        assertEquals("Violent demonstration", e.acledSubType());
        assertEquals("SY-SU", e.admin1());
    }

    @Test
    void mobViolence() {
        Event e = only("الحسكة::\nاندلع شجار بين عائلتين في مدينة القامشلي استخدمت فيه الأسلحة البيضاء، ما أدى لإصابة شخصين.");
        assertEquals("Mob violence", e.acledSubType());
        assertEquals("SY-HA", e.admin1());
    }

    // ------------------------------------------------------------ Strategic developments

    @Test
    void agreement() {
        Event e = only("درعا::\nتوصلت فصائل المعارضة وروسيا إلى اتفاق في مدينة بصرى الشام يقضي بتسليم السلاح الثقيل.");
        is(e, "Strategic developments", "Agreement", "OPPOSITION", "RUS", "بصري الشام", "SY-DR");
        assertEquals("05", e.cameo());
    }

    @Test
    void evacuationDealIsAnAgreement() {
        Event e = only("ريف دمشق::\nتم إجلاء 300 من مقاتلي المعارضة وعائلاتهم من مدينة دوما نحو الشمال السوري بموجب اتفاق مع روسيا.");
        // the party named after "اتفاق مع" is the deal's other side (DealPartner)
        is(e, "Strategic developments", "Agreement", "OPPOSITION", "RUS", "دوما", "SY-RD");
    }

    @Test
    void weaponsHandedOverUnderADealIsAnAgreement() {
        Event e = only("درعا::\nسلم فصيل \"قوات شباب السنة\" سلاحه الثقيل لقوات النظام في مدينة بصرى الشام ضمن اتفاق منفرد.");
        is(e, "Strategic developments", "Agreement", "SHABAB_SUNNA", "SYR_GOV", "بصري الشام", "SY-DR");
    }

    @Test
    void arrests() {
        Event e = only("الرقة::\nشنت قوات سوريا الديمقراطية حملة اعتقالات في مدينة الطبقة طالت 15 شابا.");
        is(e, "Strategic developments", "Arrests", "SDF", "CIVILIANS", "الطبقه", "SY-RA");
    }

    @Test
    void changeToGroup() {
        Event e = only("إدلب::\nأعلنت حركة أحرار الشام انضمامها إلى الجبهة الوطنية للتحرير في مدينة معرة النعمان بالريف الجنوبي.");
        is(e, "Strategic developments", "Change to group/activity", "AHRAR_SHAM", null, "معره النعمان", "SY-ID");
    }

    @Test
    void disruptedWeaponsUse() {
        Event e = only("إدلب::\nأسقطت فصائل المعارضة طائرة استطلاع روسية فوق بلدة كفرنبل بالريف الجنوبي.");
        is(e, "Strategic developments", "Disrupted weapons use", "OPPOSITION", "RUS", "كفرنبل", "SY-ID");
    }

    @Test
    void headquartersEstablished() {
        Event e = only("حماة::\nدخل رتل عسكري تركي إلى نقطة المراقبة في مدينة مورك بالريف الشمالي.");
        is(e, "Strategic developments", "Headquarters or base established", "TUR", null, "مورك", "SY-HM");
    }

    @Test
    void lootingAndNotTheEarlierCapture() {
        Event e = only("حلب::\nأقدم عناصر من الفصائل على نهب منازل المدنيين في مدينة عفرين بعد السيطرة عليها.");
        is(e, "Strategic developments", "Looting/property destruction", "OPPOSITION", null, "عفرين", "SY-HL");
    }

    @Test
    void nonViolentTransfer() {
        Event e = only("درعا::\nدخلت وحدة من الشرطة العسكرية الروسية إلى مدينة طفس بالريف الغربي بعد انسحاب فصائل المعارضة منها.");
        is(e, "Strategic developments", "Non-violent transfer of territory", "RUS", null, "طفس", "SY-DR");
    }

    @Test
    void otherBuildUp() {
        Event e = only("ريف دمشق::\nبدأت قوات الأسد بتجميع حشودها في محيط مدينة دوما.");
        is(e, "Strategic developments", "Other", "SYR_GOV", null, "دوما", "SY-RD");
    }

    // ------------------------------------------------------------ verbal events

    private static void verbal(String text, String cameo, String actor1, String actor2) {
        Event e = only(text);
        assertNull(e.acledType(), e::toString);
        assertEquals(cameo, e.cameo());
        assertEquals(actor1, e.actor1());
        assertEquals(actor2, e.actor2());
    }

    @Test
    void verbalEvents() {
        verbal("درعا::\nوجرت مفاوضات بين الروس وفصائل المعارضة في مدينة بصرى الشام يوم السبت.", "04", "RUS", "OPPOSITION");
        verbal("إدلب::\nدعت فرنسا روسيا وتركيا إلى الحفاظ على وقف إطلاق النار في محافظة إدلب.", "02", "FRA", "RUS");
        verbal("حلب::\nطالبت هيئة تحرير الشام قوات سوريا الديمقراطية بالانسحاب من مدينة منبج.", "10", "HTS", "SDF");
        verbal("إدلب::\nحذر وزير الخارجية الألماني من كارثة إنسانية في محافظة إدلب.", "11", "DEU", null);
        verbal("درعا::\nرفضت فصائل المعارضة العرض الروسي في مدينة بصرى الشام.", "12", "OPPOSITION", "RUS");
        verbal("ريف دمشق::\nهددت روسيا بإبادة مدينة دوما ما لم يخرج جيش الإسلام منها.", "13", "RUS", "JAI");
    }

    // ------------------------------------------------------------ not occurred, not events

    @Test
    void plannedAttackIsNotAnEvent() {
        assertEquals(List.of(), events("إدلب::\nتستعد قوات الأسد لشن هجوم على بلدة كفرنبل بالريف الجنوبي خلال الأيام القادمة."));
    }

    @Test
    void announcedAttackIsAThreatNotAnAttack() {
        verbal("إدلب::\nوهددت روسيا بأن عملية عسكرية كبيرة ستشن ضد مدينة إدلب إذا لم تنسحب الفصائل.", "13", "RUS", "OPPOSITION");
    }

    @Test
    void deniedShellingIsADenialNotShelling() {
        verbal("حلب::\nنفت قوات سوريا الديمقراطية قصف مدينة عفرين.", "01", "SDF", null); // denial of a claim: 01
    }

    @Test
    void warningAgainstAnAttackIsNotAnAttack() {
        verbal("إدلب::\nحذر الرئيس الأمريكي نظام الأسد من شن أي هجوم على محافظة إدلب.", "11", "USA", "SYR_GOV");
    }

    @Test
    void wordsThatAreTriggersElsewhere() {
        for (String text : List.of(
                "الرقة::\nسمعت أصوات إطلاق رصاص كثيف في مدينة الرقة بالتزامن مع تحليق للطيران المروحي.",
                "إدلب::\nأعلنت هيئة تحرير الشام عن افتتاح مستشفى في مدينة سراقب.",
                "حماة::\nتقع بلدة اللطامنة في مناطق سيطرة فصائل المعارضة بالريف الشمالي.",
                "حلب::\nحلقت طائرات استطلاع روسية في سماء مدينة الأتارب بالريف الغربي.",
                "الحسكة::\nسجلت هيئة الصحة حالتي وفاة و12 إصابة جديدة بفيروس كورونا في مدينة القامشلي.",
                "دمشق::\nأكد وزير الخارجية أن الحل السياسي هو المخرج الوحيد للأزمة في سوريا.",
                "درعا::\nوالجدير بالذكر أن قوات الأسد سيطرت على المدينة خلال أشهر سابقة.",
                "درعا::\nوقالت المصادر إن الفصائل خالفت الاتفاق السابق في مدينة درعا.",
                "إدلب::\nوأكدت فرنسا أنها ستواصل العمل من أجل منع استخدام أسلحة كيميائية في سوريا.",
                "درعا::\nلكن أهالي مدينة طفس قاطعوا الانتخابات، والتظاهرات التي خرجت ضدها دفعت قوات النظام للتصعيد.")) {
            assertEquals(List.of(), events(text), text);
        }
    }

    // ------------------------------------------------------------ other countries, generalities (2015 Saudi outlets)

    @Test
    void anEventInAnotherCountryIsNeverPutAtTheStorysSyrianPlace() {
        String story = "الزبداني::\nقصفت قوات النظام مدينة الزبداني بالبراميل المتفجرة أمس، ما أدى لمقتل ثلاثة مدنيين.\n";
        for (String foreign : List.of(
                // alyaum 2015-07-22: an Iraqi tactic, no place of its own
                "وبدأ تنظيم \"داعش\" في استخدام أسلوب جديد لتفجير مواقع أعدائه عن طريق \"الدجاج الانتحاري\".",
                // aawsat 2015-08-10: a 2011 bombing in Alexandria (not in the gazetteer)
                "ثم كان التفجير التالي في تفجير كنيسة القديسين في الإسكندرية الأول من يناير سنة 2011، الذي أسفر عن سقوط 21 قتيلا وسبعة وتسعين جريحا حينها.",
                // aleqtisadiya 2015-07-22: fighting in Anbar
                "وقال قائد مقاتلي عشائر محافظة الأنبار للصحافيين أمس، إن العشرات من عناصر التنظيم قتلوا في عمليات تطهير جارية منذ أكثر من أسبوع.")) {
            List<Event> es = events(story + foreign);
            assertEquals(1, es.size(), () -> foreign + "\n got " + es);
            assertEquals("الزبداني", es.get(0).locationAr());
        }
    }

    @Test
    void aStateNamedAsWhereItHappenedIsThePlace() {
        // aawsat 2015-08-08: the Doha meeting, in a story about Syria
        List<Event> es = events("دمشق::\nقصفت قوات النظام حي جوبر في دمشق أمس.\n"
                // told as news, not in the pluperfect ("وكان … قد التقى" is background, coded only with its own date)
                + "والتقى لافروف جون كيري وعادل الجبير في اللقاء الثلاثي في قطر يوم الاثنين الماضي.");
        Event meeting = es.stream().filter(e -> "04".equals(e.cameo())).findFirst().orElseThrow(() -> new AssertionError(es));
        assertEquals("QA", meeting.admin1());
    }

    @Test
    void aGeneralityWithNoPlaceTimeOrTollIsNotAnEvent() {
        String story = "حلب::\nقتل 18 شخصا وأصيب العشرات بجروح أمس، إثر سقوط صاروخ مصدره قوات النظام السوري على حي المغاير في حلب.\n";
        for (String generic : List.of(
                // alyaum 2015-07-21 and aawsat 2015-08-09: habits and methods, not one event
                "وأضاف أن التنظيم يجمع بين الوسائل الإرهابية مثل العمليات الانتحارية وبين العمليات العسكرية.",
                "وتتهم المعارضة النظام باستخدام البراميل المتفجرة والغارات الجوية ضد المدنيين.")) {
            List<Event> es = events(story + generic);
            assertEquals(1, es.size(), () -> generic + "\n got " + es);
        }
    }

    @Test
    void aHabitAViewOrAnEventToldAgainIsNotANewEvent() {
        String story = "حلب::\nقتل 18 شخصا وأصيب العشرات بجروح أمس، إثر سقوط صاروخ مصدره قوات النظام السوري على حي المغاير في حلب.\n";
        for (String notNew : List.of(
                // aleqtisadiya 2015-07-22: a habit, then the toll of the habit
                "ويقصف النظام بانتظام مناطق واقعة تحت سيطرة المعارضة في مدينة حلب وريفها من طائرات حربية أو بالبراميل المتفجرة.",
                "وحصد هذا القصف آلاف القتلى في مدينة حلب وأوقع أضرارا بالغة.",
                // aawsat 2015-07-25: the factions' reading of Turkey's entry, not a clash
                "ورأت الفصائل بحسب مصدر تابع لها، أن «دخول تركيا على خط المواجهات ضد (داعش) أمر يبعث على الارتياح، وقد يقود إلى استعادة مناطق ريف حلب الشمالي».")) {
            List<Event> es = events(story + notNew);
            assertEquals(1, es.size(), () -> notNew + "\n got " + es);
            assertEquals("Explosions/Remote violence", es.get(0).acledType());
        }
    }

    @Test
    void afterTheVerbTargetedComesTheStriker() {
        // alyaum 2015-07-21: the coalition struck Raqqa, it was not struck
        Event e = only("الرقة::\nوفي شمال شرق البلاد، استهدف طيران التحالف بعدة غارات منطقة الصناعة ومسجد أنس بن مالك بمدينة الرقة، حيث يسيطر تنظيم داعش.");
        assertEquals("COALITION", e.actor1(), e::toString);
        assertEquals("SY-RA", e.admin1());
        Event f = only("حلب::\nواستهدفت فصائل المعارضة قوات النظام بقذائف الهاون في حي الراشدين.");
        assertEquals("OPPOSITION", f.actor1(), f::toString);
    }

    @Test
    void aSyrianHomonymInsideAnotherCountryIsPlacedThere() {
        // aleqtisadiya 2015-07-22: الحماميات is also a village of Hama; this one is north of Baghdad
        Event e = only("بغداد::\nوأضاف المصدر أن شخصين قتلا، وأصيب سبعة آخرون بجروح، نتيجة تفجير عبوة ناسفة في منطقة الحماميات بقضاء التاجي، شمالي بغداد.");
        assertEquals("IQ", e.admin1(), e::toString);
        // ... but a border named after a Syrian place keeps it in Syria
        Event f = only("ديرالزور::\nسيطر تنظيم الدولة على بلدة الباغوز قرب البوكمال على الحدود مع العراق أمس.");
        assertEquals("SY-DY", f.admin1(), f::toString);
    }

    @Test
    void aStateBeyondTheBorderIsNoParty() {
        // alweeam 2015-08-11: Lebanon is where the border is, not a side of the clash
        Event e = only("حمص::\nوذكر راديو بي بي سي، اليوم الثلاثاء، أن ذلك يأتي وسط اشتباكات في مناطق بريف حمص القريبة من القلمون ومن الحدود مع لبنان بين تنظيم داعش والقوات الحكومية السورية.");
        assertEquals("ISIS", e.actor1(), e::toString);
        assertTrue(!"LBN".equals(e.actor2()), e::toString);
    }

    @Test
    void eachItemOfARoundUpJoinedByKadhalikIsItsOwnEvent() {
        // hand-built in the style of a monitor's daily round-up: one sentence, items after commas
        List<Event> es = events("ريف دمشق::\nقصفت قوات النظام مناطق في مدينة دوما، ولم ترد أنباء عن إصابات، "
                + "كذلك دارت اشتباكات بين قوات النظام والفصائل المعارضة في بلدة حرستا، "
                + "أيضاً دارت اشتباكات بين الفصائل وتنظيم داعش في مدينة الضمير.");
        List<String> battles = new ArrayList<>();
        for (Event e : es) {
            if ("Battles".equals(e.acledType())) {
                battles.add(e.locationAr());
            }
        }
        assertTrue(battles.contains("حرستا") && battles.contains("الضمير"), es::toString);
        assertTrue(es.stream().anyMatch(e -> e.acledType().startsWith("Explosions") && e.locationAr().equals("دوما")),
                es::toString);
    }

    @Test
    void anItemOfARoundUpOpenedByFadlanAnIsItsOwnEvent() {
        // hand-built: a second incident told after "، فضلاً عن" in another governorate
        List<Event> es = events("تعرضت مدينة معرة النعمان بريف إدلب لغارات جوية من قبل طيران النظام، "
                + "فضلاً عن قصف قوات النظام بلدة كفرزيتا بريف حماة الشمالي بالمدفعية الثقيلة.");
        assertTrue(es.stream().anyMatch(e -> "كفرزيتا".equals(e.locationAr()) && "SY-HM".equals(e.admin1())),
                es::toString);
        assertTrue(es.stream().anyMatch(e -> "معره النعمان".equals(e.locationAr())), es::toString);
    }

    @Test
    void theTwoVillagesJustNamedAreNotTheTownOfQaryatayn() {
        // alyaum 2015-08-03
        List<Event> es = events("إدلب::\nاندلعت اشتباكات بين قوات المعارضة السورية وقوات النظام في قريتي تل أعور والفريكة جنوب مدينة جسر الشغور في ريف إدلب الغربي، أسفرت عن سيطرة قوات الأسد على القريتين، بعد مقتل 30 عنصراً.");
        assertTrue(!es.isEmpty());
        for (Event e : es) {
            assertEquals("SY-ID", e.admin1(), e::toString);
        }
    }

    @Test
    void historyWithAnEarlierYearOrAStateOfControlIsNotNews() {
        // aleqtisadiya 2015-08-01 and aawsat 2015-07-31, read as published in August 2015
        String report = "ديرالزور::\nقصفت طائرات التحالف مواقع لتنظيم داعش في مدينة البوكمال أمس، ما أدى لمقتل خمسة عناصر من التنظيم.\n";
        for (String old : List.of(
                "وسيطر تنظيم داعش على مجمل محافظة دير الزور في صيف 2014 بما فيها مدينة البوكمال.",
                "واعتقلت الوحدات الكردية نحو 150 شابا من بلدة صرين واقتادوهم إلى مناطق سيطرتهم في ريف حلب الشمالي الشرقي.")) {
            List<Event> es = PIPELINE.process(new Document("t", "t", report + old, null, null, null, "2015-08-01", "UTF-8"))
                    .events();
            assertTrue(es.stream().noneMatch(e -> "Battles".equals(e.acledType())), () -> old + "\n got " + es);
            assertEquals(1, es.stream().filter(e -> "Explosions/Remote violence".equals(e.acledType())).count(), es::toString);
        }
    }

    @Test
    void aSyrianVillageListedAmongIraqiCitiesIsTheIraqiOne() {
        // aleqtisadiya 2015-08-09: سنجار is also a place of Idlib
        List<Event> es = events("العراق::\nوقالت قوة المهام المشتركة في بيان اليوم الأحد إن غارات العراق شملت خمس غارات قرب الموصل وثلاث قرب الرمادي وثلاث قرب سنجار استهدفت التصدي للمتشددين ودمرت جرافات ووحدات تكتيكية ومبان وأسلحة.");
        assertTrue(es.stream().anyMatch(e -> "Air/drone strike".equals(e.acledSubType())), es::toString);
        for (Event e : es) {
            assertEquals("IQ", e.admin1(), e::toString);
        }
    }

    @Test
    void theTwoShiaVillagesAreNotQaryatayn() {
        // aawsat 2015-08-07: "القريتين الشيعيتين" are Kafraya and al-Fu'a
        for (Event e : events("إدلب::\nوشملت مباحثات التفاوض الأخرى عبر وسطاء إيرانيين القريتين الشيعيتين اللتين تحاصرهما أطراف المعارضة السورية في الشمال، وتعرضتا للقصف أمس.")) {
            assertEquals("SY-ID", e.admin1(), e::toString);
        }
    }

    @Test
    void aPossibleClashIsNotAClash() {
        // aawsat 2015-07-25
        assertEquals(List.of(), events("حلب::\nونبه القيادي من «إمكانية وقوع مواجهات مع الأتراك في مناطق حلب الواقعة تحت سيطرة المعارضة»."));
    }

    /** Al-Watan 2015-07-31, a roundup without dateline: Zabadani first, then Nusra's abduction near Azaz. */
    private static final String ROUNDUP = "المعارضة السورية محذرة الأسد: لاتمد مجازرك لنازحي الزبداني\n تناقش الهيئة السياسية في الائتلاف الوطني لقوى الثورة والمعارضة السورية في اجتماعاتها لليوم الرابع على التوالي كثيرا من المواضيع المتعلقة بالمناطق الآمنة والإدارة المدنية لها وآليات دخول الائتلاف والحكومة السورية المؤقتة إلى تلك المناطق لتقديم الخدمات للسوريين.\n وحذر الناطق باسم الائتلاف سالم المسلط من قيام قوات نظام الأسد بارتكاب مجزرة بحق المدنيين والمحاصرين في بلدتي بقين ومضايا اللتين تحتضنان كثيرين من نازحي الزبداني بريف دمشق، محملاً المجتمع الدولي والأمم المتحدة مسؤوليتها في حماية السكان قبل فوات الأوان، خصوصا عند أخذ طبيعة التطورات المتسارعة على الأرض وما يتطلبه ذلك من مسؤوليات على جميع الأطراف.\n وقال إن مروحيات الأسد ألقت كثيرا من البراميل المتفجرة على بلدة بقين القريبة من مدينة الزبداني، في محاولة للضغط على المدينة التي تؤوي أكثر من 600 عائلة نازحة، بغية إجبار أهالي المدينة على تسليم العوائل التي نزحت من الزبداني ليستخدموهم كورقة ضغط على ثوار الزبداني بعد أن فشلت الحملة في تحقيق أهدافها باحتلال المدينة بعد قرابة الشهر من الهجوم الجنوني عليها. ويبلغ عدد سكان بلدة بقين مع نازحيها 12500 نسمة.\n وبدأ نظام الأسد وميليشيا حزب الله الإرهابي الحملة على الزبداني منذ 26 يوماً، ممطرين المدينة بآلاف القذائف والصواريخ والبراميل المتفجرة. \n وقال المسلط: لا يجد نظام الأسد وسيلة لتأخير انهياره سوى الإجرام والقصف الهمجي والبراميل المتفجرة التي يلقيها على المدنيين، والتي تستهدف مختلف أنحاء بلدتي الزبداني وبقين والبلدات المحيطة بهما في محاولة يائسة لإرغام الثوار على التراجع.\n إلى ذلك خطفت جبهة النصرة ثمانية من فرقة سورية مقاتلة كانوا تلقوا تدريبات في إطار برنامج التدريب الأميركي للمعارضة السورية المعتدلة، وانتقلوا إلى سورية للمشاركة في عملية عسكرية ضد داعش، بحسب ما ذكر المرصد السوري لحقوق الإنسان أمس.\n وقال المرصد \"خطف عناصر من جبهة النصرة مساء أول من أمس قائد الفرقة 30 العقيد المنشق نديم الحسن برفقة سبعة عناصر من الفرقة بينهم القيادي فرحان الجاسم، أثناء عودتهم من اجتماع في مدينة اعزاز في ريف حلب الشمالي إلى مقرهم في قرية المالكية القريبة.\n وأوضح مدير المرصد رامي عبدالرحمن أن هؤلاء جزء من مجموعة من 54 مقاتلا كانوا دخلوا سورية قبل حوالى أسبوعين إثر انتهاء تدريبهم \"في إطار برنامج التدريب الأميركي في تركيا\"، وقد استقروا في المالكية ومعهم \"ثلاثون عربة رباعية الدفع مزودة برشاشات متوسطة وأسلحة أميركية وكميات من الذخيرة\".\n وذكر أن عملية الخطف تمت على حاجز لجبهة النصرة عند مفرق سجو قرب اعزاز.  ";

    @Test
    void aRoundupsMostNamedPlaceIsNotWhereEveryUnplacedEventHappened() {
        List<Event> es = PIPELINE.process(new Document("t", "t", ROUNDUP, null, null, null, "2015-07-31", "UTF-8")).events();
        assertTrue(es.stream().anyMatch(e -> "بقين".equals(e.locationAr())), es::toString); // the barrel bombs stay
        for (Event e : es) {
            if ("Abduction/forced disappearance".equals(e.acledSubType())) {
                assertTrue(!e.locationAr().equals("الزبداني"), e::toString);
            }
        }
    }

    @Test
    void everyFieldHasEvidenceInTheOriginalText() {
        String text = "حماة::\nتعرّضت بلدة الزيارة بسهل الغاب لقصفٍ مدفعي من قبل قوات الأسد، ما أدى لمقتل طفلين.";
        Event e = only(text);
        assertTrue(e.evidence().spans().size() >= 4, e.evidence()::toString);
        for (Evidence.Part p : e.evidence().spans()) {
            assertEquals(p.text(), text.substring(p.start(), p.end()), p.role());
        }
    }

    @Test
    void soldiersKilledWithNoCauseNamedAreAClashNotCivilians() {
        Event e = only("أعلنت وزارة الدفاع التركية، الأحد، مقتل ستة من جنودها في منطقة عفرين.");
        is(e, "Battles", "Armed clash", "TUR", null, "عفرين", "SY-HL");
    }

    @Test
    void peopleKilledWithNoSideNamedAreStillCivilians() {
        Event e = only("قتل خمسة أشخاص برصاص مجهولين في مدينة الباب، الأحد.");
        assertEquals("Violence against civilians", e.acledType());
        assertEquals("CIVILIANS", e.actor2());
    }

    @Test
    void aBaseNamedAsADestinationIsNotOneEstablished() {
        for (Event e : events("وعادت المقاتلات إلى قاعدة إنجرليك الجوية في جنوب تركيا مساء الأحد.")) {
            assertTrue(!"Headquarters or base established".equals(e.acledSubType()), e.toString());
        }
        for (Event e : events("وقال مصدر إن المدينة تحولت إلى قاعدة محصنة لقوات النظام في ريف حماة.")) {
            assertTrue(!"Headquarters or base established".equals(e.acledSubType()), e.toString());
        }
    }

    @Test
    void aPostSetUpIsABaseEstablished() {
        Event e = only("أقامت القوات التركية نقطة مراقبة جديدة قرب بلدة مورك في ريف حماة الشمالي، الأحد.");
        assertEquals("Headquarters or base established", e.acledSubType());
        assertEquals("TUR", e.actor1());
    }
}
