package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        is(e, "Battles", "Non-state actor overtakes territory", "HTS", null, "معره النعمان", "SY-ID");
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
        is(e, "Strategic developments", "Agreement", "OPPOSITION", null, "دوما", "SY-RD");
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
        verbal("حلب::\nنفت قوات سوريا الديمقراطية قصف مدينة عفرين.", "12", "SDF", null);
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

    @Test
    void everyFieldHasEvidenceInTheOriginalText() {
        String text = "حماة::\nتعرّضت بلدة الزيارة بسهل الغاب لقصفٍ مدفعي من قبل قوات الأسد، ما أدى لمقتل طفلين.";
        Event e = only(text);
        assertTrue(e.evidence().spans().size() >= 4, e.evidence()::toString);
        for (Evidence.Part p : e.evidence().spans()) {
            assertEquals(p.text(), text.substring(p.start(), p.end()), p.role());
        }
    }
}
