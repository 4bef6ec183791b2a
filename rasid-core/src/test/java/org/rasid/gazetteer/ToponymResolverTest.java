package org.rasid.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.segment.Story;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

class ToponymResolverTest {
    private static final ToponymResolver R = new ToponymResolver(Gazetteer.load());

    private static List<PlaceMention> resolve(String text) {
        return resolve(text, null, null);
    }

    private static List<PlaceMention> resolve(String text, String section, String dateline) {
        NormalizedText doc = ArabicNormalizer.normalize(text);
        Span all = new Span(0, text.length());
        Story story = new Story("t", 0, all, null, section, dateline, null, null, List.of(all), List.of(all), -1);
        return R.resolve(doc, story, all);
    }

    private static PlaceMention only(List<PlaceMention> ms, String locationAr) {
        String want = ArabicNormalizer.normalizeTerm(locationAr);
        List<PlaceMention> hits = ms.stream().filter(m -> m.locationAr().equals(want) || m.locationAr().endsWith(" " + want)).toList();
        assertEquals(1, hits.size(), locationAr + " in " + ms);
        return hits.get(0);
    }

    @Test
    void evidenceOffsetsPointIntoTheOriginal() {
        String text = "قصف مدفعي على بلدة معربليت جنوب إدلب";
        PlaceMention m = only(resolve(text), "معربليت");
        assertEquals("معربليت", m.span().of(text));
        assertEquals("SY-ID", m.admin1());
        assertEquals(1, m.geoPrecision());
    }

    @Test
    void curatedRowsPlaceNeighbourhoodsVillagesAndVenuesTheGazetteerLackedOrMisfiled() {
        // snn-2015-07-31-1689 (dev): Aleppo's al-Khalidiyah, no longer only Homs' one under "حي الخالدية"
        PlaceMention khalidiyah = only(resolve("وفي السياق، دارت اشتباكات صباح أمس، بين مقاتلي الفرقة 16 مشاة وقوات النظام،"
                + " في حي الخالدية بمدينة حلب، وسط استهداف تجمعات قوات النظام في الحي"), "الخالدية");
        assertEquals("SY-HL", khalidiyah.admin1());
        // snn-2015-07-24-991 (dev): Aleppo's Sabaa Bahrat, not Damascus' square of that name
        PlaceMention bahrat = only(resolve("كما دارت اشتباكات بعد منتصف ليل أمس بين الكتائب المقاتلة والكتائب الإسلامية من جهة،"
                + " وقوات النظام مدعمة بقوات الدفاع الوطني من جهة أخرى، في حي السبع بحرات بحلب القديمة."), "السبع بحرات");
        assertEquals("SY-HL", bahrat.admin1());
        // snn-2015-08-09-340 (dev): northern Ghab villages are Hama's, as their Ghab neighbours
        List<PlaceMention> ghab = resolve("ترافقت الاشتباكات مع قصف الطيران المروحي والحربي بالبراميل المتفجرة والصواريخ لمناطق"
                + " في قرى العنكاوي والدقماق والزقوم والزيادية ومحيط المحطة الحرارية بمنطقة زيزون");
        for (String village : List.of("العنكاوي", "الدقماق", "الزيادية")) {
            assertEquals("SY-HM", only(ghab, village).admin1(), village);
        }
        // snn-2015-07-31-329 (dev): a checkpoint at Sijjo junction, the name coders write
        assertEquals("SY-HL", only(resolve("كما ذكر أنّ عملية الخطف تمت على حاجز لجبهة النصرة عند مفرق سجو قرب اعزاز."),
                "مفرق سجو").admin1());
        // snn-2015-08-04-115 (dev): Tell Hamki in the countryside of Jisr al-Shughur
        assertEquals("SY-ID", only(resolve("بينما قتل قائد عسكري وأحد العناصر في «فيلق الشام» خلال اشتباكات مع قوات النظام"
                + " والمسلحين الموالين لها في تل حمكي بريف جسر الشغور"), "تل حمكي").admin1());
        // ant-fr-internationalnews-2779-20180818 (dev): a meeting at Meseberg palace north of Berlin
        assertEquals("DE", only(resolve("استقبلت المستشارة الألمانية أنغيلا ميركل الرئيس الروسي فلاديمير بوتين بقصر \"ميسيبرغ\""
                + " على بعد 70 كيلومترا شمال العاصمة برلين السبت"), "ميسيبرغ").admin1());
    }

    @Test
    void ghabVillagesAndTellQarqurAreHamasPlaces() {
        // snn-2015-08-09-988 (dev): the hill is its own place, not the village below it
        PlaceMention tell = only(resolve("حيث استهدفت قوات المعارضة بالمدفعية الثقيلة منطقة \"تل القرقور\" تمهيداً للاقتحام"),
                "تل القرقور");
        assertEquals("SY-HM", tell.admin1());
        // snn-2015-08-09-340 (dev): Ghab villages the gazetteer lacked
        List<PlaceMention> ghab = resolve("ترافقت الاشتباكات مع قصف الطيران المروحي والحربي بالبراميل المتفجرة والصواريخ لمناطق"
                + " في قرى العنكاوي والدقماق والزقوم والزيادية ومحيط المحطة الحرارية بمنطقة زيزون");
        assertEquals("SY-HM", only(ghab, "الزقوم").admin1());
    }

    @Test
    void aBasesAdjectiveIsNoPartOfItsName() {
        // ant-sk-middleeast-1343 (feed, outside every gold): coders write مطار النيرب (docs/annotation.md, round 20)
        String text = "وأضاف المرصد أن صواريخ سقطت على مواقع لقوات النظام وحلفائها في منطقة مطار النيرب العسكري"
                + " وبالقرب من مطار حلب الدولي";
        List<PlaceMention> ms = resolve(text);
        PlaceMention nayrab = ms.stream().filter(m -> m.locationAr().contains("النيرب")).findFirst().orElseThrow();
        assertEquals(ArabicNormalizer.normalizeTerm("مطار النيرب"), nayrab.locationAr());
        assertEquals("مطار النيرب العسكري", text.substring(nayrab.span().start(), nayrab.span().end()),
                "the evidence is the words as written");
        assertTrue(ms.stream().anyMatch(m -> m.locationAr().equals(ArabicNormalizer.normalizeTerm("مطار حلب الدولي"))),
                "an international airport keeps its adjective: " + ms);
    }

    @Test
    void aPlaceNounBeforeTheNameIsNoPartOfTheLocation() {
        PlaceMention waer = resolve("سقطت قذائف هاون على حي الوعر في حمص مساء الأحد").get(0);
        assertEquals(ArabicNormalizer.normalizeTerm("الوعر"), waer.locationAr(), "the name, as coders write it");
        assertEquals("SY-HI", waer.admin1());
        assertEquals(1, waer.geoPrecision());
        PlaceMention daraa = resolve("ألقت المروحيات براميل متفجرة على مدينة درعا صباح اليوم").get(0);
        assertEquals(ArabicNormalizer.normalizeTerm("درعا"), daraa.locationAr());
        assertEquals(1, daraa.geoPrecision(), "the city, not the governorate");
        PlaceMention camp = resolve("اقتحم مسلحون مخيم اليرموك جنوب العاصمة").get(0);
        assertEquals(ArabicNormalizer.normalizeTerm("مخيم اليرموك"), camp.locationAr(), "a camp is another place than a town");
    }

    @Test
    void theCapitalIsWrittenByItsName() {
        // ant-sk-middleeast-1563-20180510, ant-sk-middleeast-3119-20180727
        PlaceMention described = resolve("سمع دوي انفجارات ضخمة فجر الخميس في العاصمة السورية").get(0);
        assertEquals(ArabicNormalizer.normalizeTerm("دمشق"), described.locationAr(), "a description names no place");
        assertEquals("SY-DI", described.admin1());
        PlaceMention named = resolve("يجري وفد محادثات في العاصمة دمشق مع النظام السوري").get(0);
        assertEquals(ArabicNormalizer.normalizeTerm("دمشق"), named.locationAr(), "the name after the noun");
    }

    @Test
    void aVillageTheGazetteerLacksAfterItsKindIsPlacedByTheCountrysideAfterIt() {
        // a name head and the word after it are one name, whatever either word names alone
        PlaceMention tal = only(resolve("وقصف الطيران المروحي قرية تل الخضر في ريف حماة الغربي"), "تل الخضر");
        assertNull(tal.place(), "a village the gazetteer lacks");
        assertEquals("SY-HM", tal.admin1(), "\"في ريف حماة\" places it as \"بريف حماة\" does");
        assertEquals(1, tal.geoPrecision());
        PlaceMention qasr = only(resolve("قتل خمسة مدنيين في قصف على قرية قصر الحمام بريف حلب الشمالي الشرقي"), "قصر الحمام");
        assertEquals("SY-HL", qasr.admin1());
    }

    @Test
    void aLaterVillageOfTwoWordsTheGazetteerLacksKeepsBothWords() {
        // snn-2015-07-26-156 (dev): the list ends on "ساقية الكرت", and only then does "بجبل الأكراد" place it
        List<PlaceMention> ms = resolve("نفذ الطيران الحربي النظامي ما لا يقل عن 6 غارات على بلدات وقرى الزويك "
                + "والدويركة وساقية الكرت بجبل الأكراد ومناطق أخرى في جبل التركمان في الريف الشمالي للمحافظة");
        PlaceMention saqiya = only(ms, "ساقيه الكرت");
        assertNull(saqiya.place(), "a village the gazetteer lacks");
        assertEquals("SY-LA", saqiya.admin1());
        assertEquals(1, saqiya.geoPrecision());
        assertEquals("SY-LA", only(ms, "الزويك").admin1());
        assertEquals("SY-LA", only(ms, "الدويركه").admin1());
    }

    @Test
    void aVillageTheGazetteerLacksTakesTheGovernorateOfAKnownTownOfItsList() {
        // ant-cn-middleeast-165-20180304 (dev): no countryside or dateline places the villages; the town
        // النشابية, named first in the same list ("وقرى ومزارع": two kinds, one list), does
        List<PlaceMention> ms = resolve("إن عمليات الجيش أسفرت عن استعادة السيطرة على بلدة النشابية وقرى ومزارع "
                + "أوتايا وحوش الصالحية وحوش خرابو وحزرما وبيت نايم ومزارع العب");
        PlaceMention awtaya = only(ms, "أوتايا");
        assertNull(awtaya.place(), "a village the gazetteer lacks");
        assertEquals("SY-RD", awtaya.admin1());
        assertEquals(1, awtaya.geoPrecision());
        assertEquals("Duma", awtaya.admin2(), "near the town of its list");
        assertEquals("SY-RD", only(ms, "حوش خرابو").admin1());
        assertEquals("SY-RD", only(ms, "بيت نايم").admin1());
        // ant-sk-middleeast-2929-20180716 (feed): "بلدات الحارة وسملين وزمرين"
        assertEquals("SY-DR", only(resolve("قوات النظام السوري سيطرت على بلدات الحارة وسملين وزمرين"), "زمرين").admin1());
        // "وأكثر من 30 في المئة": a quantity after the list, no village
        assertTrue(resolve("سيطرة قوات النظام على حيي القدم والحجر الأسود وأكثر من 30 في المئة من مخيم اليرموك").stream()
                .noneMatch(m -> m.locationAr().contains("اكثر")));
        // snn-2015-07-22-1656 (dev): a dual names two villages; the verb after them is none
        assertTrue(resolve("كما قصفت قوات المعارضة في ريف حلب قريتي نبل والزهراء، وأفاد مصدر في المعارضة").stream()
                .noneMatch(m -> m.locationAr().contains("افاد")));
    }

    @Test
    void twinVillagesTheGazetteerLacksKeepTheirQualifier() {
        // invented names: the qualifier (تحتاني/فوقاني, الكبير/الصغير) is part of each village's name
        List<PlaceMention> ms = resolve("سيطرت القوات على قرى زورافا تحتاني وزورافا فوقاني وكرموشا في ريف حلب الشمالي");
        PlaceMention lower = only(ms, "زورافا تحتاني");
        assertNull(lower.place(), "a village the gazetteer lacks");
        assertEquals("SY-HL", lower.admin1());
        assertEquals(1, lower.geoPrecision());
        assertEquals("SY-HL", only(ms, "زورافا فوقاني").admin1());
        assertEquals("SY-HL", only(ms, "كرموشا").admin1());
        PlaceMention big = only(resolve("قصف الطيران قرية دربوشا الكبير بريف إدلب الجنوبي"), "دربوشا الكبير");
        assertEquals("SY-ID", big.admin1());
    }

    @Test
    void aVenueAbroadTheCuratorAddedIsPlacedEvenNamedBare() {
        // GeoNames villages abroad named bare are skipped as likely words; the curator's venues are not
        PlaceMention sochi = only(resolve("اجتمع ممثلو الدول الضامنة في سوتشي لبحث التسوية السورية"), "سوتشي");
        assertEquals("RU", sochi.admin1());
        PlaceMention geneva = only(resolve("انطلقت جولة جديدة من المفاوضات السورية في جنيف يوم الاثنين"), "جنيف");
        assertEquals("CH", geneva.admin1());
    }

    @Test
    void aTownSouthOfTheCapitalTheGazetteerLacksIsInRifDimashq() {
        PlaceMention m = only(resolve("اعتقلت الشرطة عناصر في بلدة بيبلا جنوب العاصمة دمشق يوم الأحد"), "بيبلا");
        assertNull(m.place(), "a town the gazetteer lacks");
        assertEquals("SY-RD", m.admin1());
        assertEquals(1, m.geoPrecision(), "a town named is precise");
    }

    @Test
    void aNeighbourhoodSouthOfTheCapitalStaysInTheCity() {
        PlaceMention m = only(resolve("سقطت قذائف على حي الزهيرة جنوب العاصمة دمشق يوم الأحد"), "الزهيرة");
        assertEquals("SY-DI", m.admin1());
    }

    @Test
    void aNeighbourhoodBelongingToATownIsPlacedThere() {
        PlaceMention m = only(resolve("استهدف الهجوم سوقا شعبيا في حي كشكول التابع لجرمانا"), "كشكول");
        assertNull(m.place());
        assertEquals("SY-RD", m.admin1());
        assertEquals(1, m.geoPrecision());
    }

    @Test
    void countrysideIsARegionOfPrecisionTwo() {
        String text = "قصف جوي على ريف إدلب الجنوبي";
        PlaceMention m = only(resolve(text), "ريف ادلب الجنوبي");
        assertEquals("ريف إدلب الجنوبي", m.span().of(text));
        assertEquals("SY-ID", m.admin1());
        assertEquals(2, m.geoPrecision());
    }

    @Test
    void relativePhrasesGivePrecisionTwo() {
        // seed 003
        PlaceMention dz = only(resolve("مقتل قائد عسكري على يد مجهولين شرق ديرالزور"), "ديرالزور");
        assertEquals("SY-DY", dz.admin1());
        assertEquals(2, dz.geoPrecision());
        // seed 004: "نقطة المراقبة بالقرب من مدينة مورك بالريف الشمالي"
        PlaceMention morek = only(resolve("دخل رتل عسكري تركي إلى نقطة المراقبة بالقرب من مدينة مورك بالريف الشمالي", "حماة", null), "مورك");
        assertEquals("SY-HM", morek.admin1());
        assertEquals(2, morek.geoPrecision());
    }

    @Test
    void nearnessCoversEveryItemOfTheListAfterIt() {
        List<PlaceMention> ms = resolve("أغارت المقاتلات أمس على مواقع قرب إدلب وحماة ودرعا في سوريا");
        for (String name : List.of("إدلب", "حماة", "درعا")) {
            assertEquals(2, only(ms, name).geoPrecision(), name);
        }
    }

    @Test
    void anotherNameInBracketsIsNoNewItemAndTheListGoesOn() {
        String text = "قصفت المدفعية مدينة عين العرب (كوباني) وقرية الشيوخ صباح أمس";
        List<PlaceMention> ms = resolve(text);
        PlaceMention head = only(ms, "عين العرب");
        assertEquals(text.indexOf("عين العرب"), head.span().start());
        assertTrue(ms.stream().noneMatch(m -> m.locationAr().equals(ArabicNormalizer.normalizeTerm("كوباني"))), ms.toString());
        PlaceMention next = only(ms, "الشيوخ");
        assertEquals(1, next.geoPrecision());
    }

    @Test
    void governorateAloneIsPrecisionThreeAndCityCueIsPrecisionOne() {
        PlaceMention gov = only(resolve("رفضوا الاستقرار في درعا وعائلاتهم"), "درعا");
        assertEquals(3, gov.geoPrecision());
        assertEquals("governorate", gov.place().kind());
        PlaceMention city = only(resolve("حاصرت القوات منطقة درعا البلد في مدينة درعا"), "درعا");
        assertEquals(1, city.geoPrecision());
        assertEquals("gn:170905", city.place().id());
    }

    @Test
    void listAfterADualCueSharesItsCountryside() {
        // seed 000: بلدتي "كفريا والفوعة" بريف إدلب
        List<PlaceMention> ms = resolve("الميليشيات المحاصرة في بلدتي \"كفريا والفوعة\" بريف إدلب من جهة ثانية");
        assertEquals("sy:kafriya", only(ms, "كفريا").place().id());
        assertEquals("sy:fuah", only(ms, "الفوعه").place().id());
        assertEquals("SY-ID", only(ms, "ريف ادلب").admin1());
    }

    @Test
    void sectionDecidesAHomonym() {
        String text = "تعرض حي جوبر لقصف مدفعي من قبل قوات الأسد.";
        assertEquals("SY-HI", only(resolve(text, "حمص", null), "جوبر").admin1());
        assertEquals("SY-DI", only(resolve(text, "دمشق", null), "جوبر").admin1());
    }

    @Test
    void headerInsideTheRegionsDocumentActsAsSection() {
        // no segmenter: the nearest "X::" header above the sentence is the section
        String text = "حماة::\nتعرضت قرية الجنابرة بالريف الشمالي لقصف بالرشاشات الثقيلة.";
        NormalizedText doc = ArabicNormalizer.normalize(text);
        int start = text.indexOf("تعرضت");
        List<PlaceMention> ms = R.resolve(doc, null, new Span(start, text.length()));
        PlaceMention m = only(ms, "الجنابره");
        assertNull(m.place(), "a village the gazetteer lacks");
        assertEquals("SY-HM", m.admin1());
    }

    @Test
    void unknownVillageInAListTakesTheListsCountryside() {
        String text = "حلب::\nتعرضت قرى جزرايا وزمار والعثمانية بالريف الجنوبي لقصف مدفعي وصاروخي من قبل قوات الأسد.";
        List<PlaceMention> ms = resolve(text.substring(text.indexOf('\n') + 1), "حلب", null);
        for (String v : List.of("جزرايا", "زمار", "العثمانيه")) {
            PlaceMention m = only(ms, v);
            assertEquals("SY-HL", m.admin1(), v);
            assertNull(m.place(), v + " is not the Turkish homonym");
        }
    }

    @Test
    void aDualOrPluralListGoesOnPastAVillageTheGazetteerKnows() {
        // snn dev: the gazetteer knows حندرات, الزيارة and المنصورة, not باشكوي or البحصة
        PlaceMention m = only(resolve("دارت اشتباكات بين الكتائب المقاتلة وقوات النظام في محيط قريتي حندرات وباشكوي",
                "حلب", null), "باشكوي");
        assertEquals("SY-HL", m.admin1());
        assertNull(m.place());
        List<PlaceMention> ms = resolve("في حين دارت اشتباكات عنيفة في محيط قرى المشيك والزيارة وتل واسط والمنصورة والبحصة، "
                + "بين قوات النظام و«حزب الله» ومسلحين داعمين لهما", "حماة", null);
        for (String v : List.of("المشيك", "البحصه")) {
            assertEquals("SY-HM", only(ms, v).admin1(), v);
        }
    }

    @Test
    void aListItemOpenedByANameHeadTakesTheWordAfterIt() {
        // snn dev: "تل القرقور" is the hill, not a second mention of the village القرقور
        List<PlaceMention> ms = resolve("وأعلن جيش الفتح عن سيطرته على قريتي المشيك والقرقور وتل القرقور في سهل الغاب بريف حماة الغربي");
        PlaceMention hill = only(ms, "تل القرقور");
        assertEquals("SY-HM", hill.admin1());
        assertEquals("تل القرقور", ArabicNormalizer.normalizeTerm(hill.locationAr()));
        // ant dev: حوش heads both names of the list
        ms = resolve("إن قوات الحكومة سيطرت على قريتي حوش زريقة وحوش الضواهرة في منطق المرج", "ريف دمشق", null);
        for (String v : List.of("حوش زريقة", "حوش الضواهرة")) {
            assertEquals("SY-RD", only(ms, v).admin1(), v);
        }
    }

    @Test
    void aSingularCueOrADirectionWordAddsNoVillageToAList() {
        // "بلدة حمورية وأجزاء من بلدات": أجزاء is no village of حمورية's list
        List<PlaceMention> ms = resolve("بينما استعادت فصائل المعارضة بلدة حمورية وأجزاء من الغوطة", "دمشق", null);
        assertTrue(ms.stream().noneMatch(m -> m.locationAr().contains("اجزاء")), ms.toString());
        // outside feed: a direction word after a plural list is no village of it
        ms = resolve("أفادوا أيضًا بنزوح المئات من العائلات المسيحية باتجاه بلدات صدد وفيروزة وزيدل وباتجاه مدينتي حمص ودمشق",
                "حمص", null);
        assertTrue(ms.stream().noneMatch(m -> m.locationAr().contains("اتجاه")), ms.toString());
    }

    @Test
    void aNamedPlaceAfterACountrysideIsANewItemNotItsCountryside() {
        List<PlaceMention> ms = resolve("وسقطت صواريخ على مطار الشعيرات في ريف حمص الشرقي، ومطار الضمير بريف دمشق ليلا");
        PlaceMention m = only(ms, "مطار الضمير");
        assertEquals("مطار الضمير", m.locationAr(), "not the countryside of the airport");
        assertEquals(1, m.geoPrecision());
        assertEquals("SY-RD", m.admin1());
    }

    @Test
    void unambiguousPlaceKeepsItsGovernorateWhateverTheSection() {
        // seed 004: "مخيم السد" under the Deir ez-Zor header is in Hasakah
        String text = "عدد كبير من النازحين في مخيم السد أصيبوا بحالات تسمم معظمهم من محافظة ديرالزور";
        List<PlaceMention> ms = resolve(text, "ديرالزور", null);
        assertEquals("SY-HA", only(ms, "مخيم السد").admin1());
        assertEquals("SY-DY", only(ms, "ديرالزور").admin1());
    }

    @Test
    void datelineDecides() {
        String text = "سمارت-حمص\n\nقصفت قوات النظام حي جوبر بالمدفعية.";
        assertEquals("SY-HI", only(resolve(text, null, "سمارت-حمص"), "جوبر").admin1());
        // without a dateline from the segmenter, a "outlet-place" line at the story's head is read
        assertEquals("SY-HI", only(resolve(text), "جوبر").admin1());
        assertEquals("SY-DI", only(resolve(text.replace("حمص", "دمشق")), "جوبر").admin1());
    }

    @Test
    void otherPlacesOfTheStoryDecide() {
        // three homonyms: al-Mansurah of Raqqa, of the Ghab plain (Hama) and of western Aleppo
        String text = "قصفت قوات النظام مدينة اللطامنة وبلدة كفرزيتا ومورك. وتعرضت بلدة المنصورة لقصف مدفعي.";
        NormalizedText doc = ArabicNormalizer.normalize(text);
        Span all = new Span(0, text.length());
        Story story = new Story("t", 0, all, null, null, null, null, null, List.of(all), List.of(all), -1);
        int second = text.indexOf("وتعرضت");
        PlaceMention m = only(R.resolve(doc, story, new Span(second, text.length())), "المنصوره");
        assertEquals("sy:mansurah-ghab", m.place().id());
        String raqqa = text.replace("مدينة اللطامنة وبلدة كفرزيتا ومورك", "مدينة الطبقة وبلدة عين عيسى والرقة");
        doc = ArabicNormalizer.normalize(raqqa);
        all = new Span(0, raqqa.length());
        story = new Story("t", 0, all, null, null, null, null, null, List.of(all), List.of(all), -1);
        second = raqqa.indexOf("وتعرضت");
        assertEquals("SY-RA", only(R.resolve(doc, story, new Span(second, raqqa.length())), "المنصوره").admin1());
    }

    @Test
    void falseFriendsAreNotPlaces() {
        // seed 000 / 003
        assertTrue(resolve("مفاوضات تجري بين الفصائل في إدلب، أبرزها \"هيئة تحرير الشام\" من جهة").stream()
                .noneMatch(m -> m.locationAr().equals("الشام")));
        assertTrue(resolve("ورفض قائد \"تحرير الشام\" في درعا ويلقب نفسه \"أبو جابر الشامي\"").stream()
                .noneMatch(m -> m.locationAr().contains("شام")));
        assertTrue(resolve("أصدرت جامعة دمشق بيانا").isEmpty());
        assertTrue(resolve("قال الناشط أحمد حلب إن القصف استمر").isEmpty());
        assertTrue(resolve("وفق مصادر لشبكة \"شام\" نشرت في تقرير سابق").isEmpty());
        assertTrue(resolve("الحرس الثوري الإيراني وقوات فيلق القدس لتهريب الأسلحة").stream()
                .noneMatch(m -> m.locationAr().equals("القدس")));
        // a common word that is also a village: only with a cue
        assertTrue(resolve("منذ بدء الثورة السورية عام 2011").isEmpty());
        assertTrue(resolve("أولى هذه العقبات وفق المصدر").isEmpty());
        assertEquals("SY-RA", only(resolve("قسد تعتقل عشرات الشبان من بلدة المنصور غرب مدينة الرقة"), "المنصور").admin1());
    }

    @Test
    void syrianAdjectiveIsNotTheCountry() {
        assertTrue(resolve("وكالة الأنباء السورية").isEmpty());
        PlaceMention sy = only(resolve("شرق سوريا"), "سوريا");
        assertNull(sy.admin1());
        assertEquals(3, sy.geoPrecision());
    }

    /** Sentences of the 2015 external corpus (other outlets, another year): the rules generalise. */
    @Test
    void externalCorpusSentences() {
        List<PlaceMention> ms = resolve("وتحاصر فصائل المعارضة بلدتي نبل والزهراء في حلب منذ 2013");
        assertEquals("gn:166331", only(ms, "نبل").place().id());
        assertEquals("sy:zahraa-town", only(ms, "الزهراء").place().id());
        // a homonym of the Raqqa town, told apart by the plain it lies in
        assertEquals("sy:mansurah-ghab",
                only(resolve("آلية لقوات النظام بصاروخ موجه في بلدة المنصورة بسهل الغاب"), "المنصوره").place().id());
        // a hill of al-Zabadani, not the Aleppo town of the same name
        assertEquals("SY-RD", only(resolve("أحرزوا تقدما ملحوظا في اتجاه قلعة الزهراء بالزبداني"), "الزهراء").admin1());
        assertEquals("SY-DI", only(resolve("جددت هجومها على بلدة جوبر في دمشق"), "جوبر").admin1());
        assertEquals("TR", only(resolve("وصل الجرحى إلى مدينة سوروتش التركية"), "سوروتش").admin1());
        // words that are also places somewhere: "the present", chickpeas, "how", "the signal"
        assertTrue(resolve("في الوقت الحاضر بإمكاننا فقط التحدث عن اختفاء").isEmpty());
        assertTrue(resolve("يتم غلي العدس والقمح والحمص في قدر كبير").isEmpty());
        assertTrue(resolve("كيف يخرج الأسد ونصر الله من هذه الحرب").isEmpty());
        assertTrue(resolve("أعطى الإشارة لبدء الهجوم").isEmpty());
    }


    @Test
    void emptyAndOddRegions() {
        assertTrue(resolve("").isEmpty());
        assertTrue(resolve("Reuters, 12:30 - 2018").isEmpty());
        String text = "قصف على إدلب";
        NormalizedText doc = ArabicNormalizer.normalize(text);
        assertTrue(R.resolve(doc, null, new Span(3, 3)).isEmpty());
        // a region ending inside the name still finds only whole words of it
        List<PlaceMention> ms = R.resolve(doc, null, new Span(0, text.length()));
        assertEquals(1, ms.size());
        assertEquals("إدلب", ms.get(0).span().of(text));
    }

    @Test
    void aStoryAboutRifDimashqPlacesAnAmbiguousQuarterInDamascus() {
        // three places of Rif Dimashq outweigh the two of Homs: the quarter is the twin city's, not Homs's
        String text = "قصفت قوات النظام مدينة داريا ومدينة الزبداني ومخيم خان الشيح، وفي حي جوبر دارت اشتباكات، "
                + "كما سقطت قذيفة على حي الوعر بمدينة حمص.";
        assertEquals("SY-DI", only(resolve(text), "جوبر").admin1());
        String homs = "قصفت قوات النظام حي الوعر وبلدة تلبيسة، وفي حي جوبر دارت اشتباكات عنيفة.";
        assertEquals("SY-HI", only(resolve(homs), "جوبر").admin1(), "a story about Homs keeps Homs's Jobar");
    }

    @Test
    void aStreetKeepsItsNounAndIsInTheCityNotAHomonymTown() {
        // SNN dev sentences: "الثورة" is also a Raqqa town and "بغداد" Iraq's capital; the streets are Damascus's
        String text = "افادت الوكالة عن ارتفاع حصيلة القتلى جراء القذائف الصاروخية التى اطلقتها التنظيمات الارهابية "
                + "على شارعي الثورة وبغداد وحي باب توما والعباسيين في دمشق.";
        List<PlaceMention> ms = resolve(text);
        PlaceMention thawra = only(ms, "شارع الثورة");
        assertEquals("SY-DI", thawra.admin1(), "the street, not the Raqqa town");
        assertEquals(1, thawra.geoPrecision());
        assertEquals("شارعي الثورة", thawra.span().of(text), "the evidence covers the noun as written");
        PlaceMention baghdad = only(ms, "شارع بغداد");
        assertEquals("SY-DI", baghdad.admin1(), "the dual's second street, not Iraq");
        assertEquals("بغداد", baghdad.span().of(text));
        // no phrase after the name places it: the story's section does; with none the street is not guessed
        String story = "وقضى عشرة اشخاص جراء سقوط قذيفة صاروخية في شارع الثورة مصدرها حي جوبر في جنوب العاصمة.";
        assertEquals("SY-DI", only(resolve(story, "دمشق", null), "شارع الثورة").admin1());
        assertTrue(resolve(story).stream().noneMatch(m -> "SY-RA".equals(m.admin1())), "not put in the Raqqa town");
        PlaceMention square = only(resolve("نفذ أكثر من ألف شخص اعتصاما عند دوار الزراعة في اللاذقية"), "دوار الزراعة");
        assertEquals("SY-LA", square.admin1());
        // after a singular noun the list's next name is a place of its own, the quarter
        List<PlaceMention> aleppo = resolve("دارت اشتباكات على محاور دوار شيحان والليرمون شمال حلب");
        assertEquals("SY-HL", only(aleppo, "دوار شيحان").admin1());
        assertTrue(aleppo.stream().noneMatch(m -> m.locationAr().equals(ArabicNormalizer.normalizeTerm("دوار الليرمون"))),
                aleppo.toString());
    }

    @Test
    void aNeighbourhoodOnTheOutskirtsOfATownIsPlacedByThatTown() {
        // "على أطراف" after the name locates it as "بريف" does: the neighbourhood is named, the town near
        List<PlaceMention> ms = resolve("انفجرت عبوة ناسفة في حي الشرفة على أطراف ضاحية قدسيا صباح اليوم");
        PlaceMention hayy = only(ms, "الشرفة");
        assertEquals("SY-RD", hayy.admin1());
        assertEquals(1, hayy.geoPrecision(), "a neighbourhood named");
        assertEquals(2, only(ms, "قدسيا").geoPrecision(), "the town only locates it");
    }

    @Test
    void aCapitalNamedAfterItsTitleIsOneMentionUnderTheTitlesCue() {
        // "العاصمة السورية دمشق" is one place: "قرب" governs both words, so neither is the town itself
        List<PlaceMention> ms = resolve("سقطت قذائف على مدينة الكسوة قرب العاصمة السورية دمشق مساء أمس");
        assertEquals(List.of(ArabicNormalizer.normalizeTerm("الكسوة"), "دمشق"),
                ms.stream().map(PlaceMention::locationAr).toList());
        assertEquals(2, ms.get(1).geoPrecision(), "near the capital, not in it");
        assertEquals(2, resolve("شهد حي القدم الواقع في العاصمة السورية دمشق اشتباكات").size(),
                "the neighbourhood, then the title and the name as one mention");
    }

    @Test
    void commonWordsThatSpellAForeignCityAreNoPlaces() {
        // "بأمان" (safely) normalises to a spelling of Amman, "مشهد" (a scene) is Mashhad
        assertEquals(List.of(), resolve("وطالب الوزير بعودة اللاجئين إلى ديارهم بأمان وكرامة"));
        assertEquals(List.of(), resolve("قال المتحدث إننا أمام مشهد جديد من التصعيد"));
    }

    @Test
    void wordsOfNewsLanguageThatSpellAVillageNeedAPlaceCue() {
        // a visit, an ambassador, "expressing", "humiliating", "dignified", "with the crown prince",
        // a general's given name: each spells a village and read bare as one placed a statement there
        String visit = ArabicNormalizer.normalizeTerm("الزيارة");
        assertEquals(List.of(), resolve("وقال الوزير إن الزيارة تهدف إلى تعزيز التعاون بين البلدين"));
        assertTrue(resolve("وعبرت الكويت عن ارتياحها للزيارة التي وصفتها بالأخوية").stream()
                .noneMatch(m -> m.locationAr().equals(visit)));
        assertTrue(resolve("وقالت سفيرة بريطانيا لدى الأمم المتحدة إن الهجوم مدان").stream()
                .noneMatch(m -> m.locationAr().equals("سفيرة")));
        assertEquals(List.of(), resolve("وأصدرت الخارجية بيانا معربة عن قلقها من التصعيد"));
        assertEquals(List.of(), resolve("ووصف المتحدث الموقف بأنه مهين للشعب"));
        assertEquals(List.of(), resolve("وطالب المجلس بتأمين حياة كريمة للعائدين"));
        assertEquals(List.of(), resolve("والتقى الرئيس بولي العهد في القصر"));
        assertEquals(List.of(), resolve("وقال الجنرال جوزف فوتيل إن القوات باقية"));
        // after a place noun the village is still read
        assertEquals("SY-HM", only(resolve("دارت اشتباكات عنيفة في قرية الزيارة بسهل الغاب"), visit).admin1());
        assertEquals("SY-ID", only(resolve("قصفت الطائرات قريتي محمبل وجوزف بالصواريخ"), "جوزف").admin1());
    }

    @Test
    void commonWordsTheScanFoundNeedAPlaceCue() {
        // found by scripts/gazetteer/PlaceWordScan.java: an ambassador, "ancient", "sensory",
        // "adoption", "patient", "fields" and "conscience" each spell a Syrian town or village
        assertEquals(List.of(), resolve("وقالت السفيرة الأمريكية لدى الأمم المتحدة إن الهجوم مدان"));
        assertEquals(List.of(), resolve("درس الطالب في جامعة عريقة قبل أن يعود"));
        assertEquals(List.of(), resolve("وقال المحققون إنه لا أدلة حسية على مقتله حتى الآن"));
        assertEquals(List.of(), resolve("وعاشت الفتاة مع عائلتها بالتبني قبل أن تختفي"));
        assertEquals(List.of(), resolve("واتهمه بنشر أسلحة في ميادين المعارك"));
        assertEquals(List.of(), resolve("وقال إن ما يجري يوقظ ضمير العالم"));
        assertEquals(List.of(), resolve("وتوجه الوزير بالنداء لضمير المجتمع الدولي"));
        // with the article, or after a place noun, the town is still read
        assertEquals("SY-DY", only(resolve("قصفت الطائرات مدينة الميادين صباح اليوم"), "الميادين").admin1());
        assertEquals("SY-RD", only(resolve("دخلت القوات الحكومية إلى بلدة الضمير بعد الاتفاق"), "الضمير").admin1());
        assertEquals("SY-HL", only(resolve("قصفت الطائرات مدينة السفيرة بالصواريخ"),
                ArabicNormalizer.normalizeTerm("السفيرة")).admin1());
    }

    @Test
    void aGivenNameIsNoProcliticBeforeAPlace() {
        // "فاطمة" read as ف + Atmeh placed a court report in Idlib
        assertEquals(List.of(), resolve("ومثلت المتهمة فاطمة أنور أمام المحكمة"));
        assertEquals("SY-ID", only(resolve("وصل النازحون إلى مخيمات أطمة قرب الحدود"),
                ArabicNormalizer.normalizeTerm("أطمة")).admin1());
    }

    @Test
    void bareAmmanIsTheJordanianCapitalAndOmanIsNamedAsTheSultanate() {
        // Syrian news writes Oman as "سلطنة عمان"; a bare "عمان" is Amman
        assertEquals("JO", resolve("عقد الوزير مؤتمرا صحفيا في العاصمة الأردنية عمان").get(0).admin1());
        assertEquals("OM", resolve("زار الوزير سلطنة عمان أمس").get(0).admin1());
    }

    @Test
    void aTownWhoseGazetteerNameStartsWithItsKindStillLocatesTheNameBeforeIt() {
        // the gazetteer writes "مدينة حمص" and "محافظة القنيطرة" as names: "في مدينة حمص" still anchors
        PlaceMention hayy = only(resolve("سقطت قذائف على حي الشرفة في مدينة حمص"), "الشرفة");
        assertEquals("SY-HI", hayy.admin1());
        assertEquals(1, hayy.geoPrecision());
        // an adjective after a plural kind is no name: "مخيمات مؤقتة" are temporary camps
        assertEquals(List.of(ArabicNormalizer.normalizeTerm("محافظة القنيطرة")),
                resolve("نزح الآلاف إلى مخيمات مؤقتة في محافظة القنيطرة").stream().map(PlaceMention::locationAr).toList());
    }
}
