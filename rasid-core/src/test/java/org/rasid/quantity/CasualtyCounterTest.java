package org.rasid.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.testing.Prerequisites;
import org.rasid.testing.SeedSentences;
import org.rasid.testing.Seeds;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

class CasualtyCounterTest {
    private static final CasualtyCounter COUNTER = new CasualtyCounter();

    /** "role count who «text»" for each toll of the sentence. */
    @Test
    void aNegatedTollLinkGivesNone() {
        // ant-sk-middleeast-1514-20180508: the negation before the link verb reaches the count it links
        assertEquals(List.of("killed 0 null «قتلى»", "injured 0 null «جرحى»"),
                tolls("إن ضربة جوية إسرائيلية استهدفت موقعا للجيش السوري بمنطقة الكسوة، دون أن تسفر عن سقوط قتلى أو جرحى"));
        // the link's subject between the negation and the count
        assertEquals(List.of("killed 0 null «قتلى»"), tolls("قصفت قوات النظام البلدة، ولم يسفر القصف عن سقوط قتلى"));
        // a link after a comma is not negated by a word of the clause before it
        assertEquals(List.of("killed 3 null «قتلى»"), tolls("لم يتضح مصدرها، وتسبب القصف بسقوط قتلى"));
    }

    @Test
    void aCountToldAfterTheFirstWithItsOwnPlaceSharesItsCasualtyWord() {
        // snn-2015-07-31-1689: the woman and her child were killed at the second place, the verb told once
        assertEquals(List.of("killed 2 CIVILIANS «طفلان»", "killed 1 null «وامرأة»", "killed 1 null «وطفلها»"),
                tolls("وقتل طفلان شقيقان في غارة من طائرات حربية على مدينة معرة النعمان، وامرأة وطفلها في قصف جوي"
                        + " على قرية جوزف في منطقة جبل الزاوية"));
        // with figures
        assertEquals(List.of("killed 2 null «شخصان»", "killed 3 null «ثلاثة»"),
                tolls("قتل شخصان في غارة على مدينة سراقب، وثلاثة في قصف على بلدة بنش"));
        // the next clause is no further count when no place or cause follows it
        assertEquals(List.of("killed 2 null «شخصان»"),
                tolls("قتل شخصان في غارة على مدينة سراقب، وثلاثة مقرات دمرت"));
    }

    @Test
    void aSniperKilledIsOne() {
        // snn-2015-07-31-1689: the shelled side lost a sniper
        assertEquals(List.of("killed 1 null «قناص»"),
                tolls("استهدف مقاتلو فيلق الرحمن بقذائف الهاون تجمعات لقوات النظام في منطقة المناشر بحي جوبر شرقي دمشق،"
                        + " ما أدى لمقتل قناص تابع لهم"));
    }

    static List<String> tolls(String sentence) {
        NormalizedText doc = ArabicNormalizer.normalize(sentence);
        return COUNTER.find(doc, new Span(0, sentence.length())).stream()
                .map(m -> m.role() + " " + m.count() + " " + m.who() + " «" + m.text() + "»").toList();
    }

    @Test
    void givenActorMentionsGiveTheSameTolls() {
        // the event extractor hands over the story's actors; the tolls must not change
        org.rasid.actors.ActorRecognizer actors = new org.rasid.actors.ActorRecognizer(org.rasid.actors.ActorRegistry.load());
        CasualtyCounter counter = new CasualtyCounter(actors);
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            NormalizedText doc = ArabicNormalizer.normalize(Seeds.text(seed));
            Span all = new Span(0, doc.original().length());
            List<CasualtyMention> own = counter.find(doc, all);
            assertEquals(own, counter.find(doc, all, actors.find(doc, all)), seed);
            if (seed.equals("004")) {
                assertTrue(own.size() > 10, "tolls in 004: " + own.size());
            }
        }
    }

    @Test
    void killedAndInjuredTiedToWho() {
        assertEquals(List.of("killed 1 CIVILIANS «طفل»", "injured 7 CIVILIANS «سبعة»"),
                tolls("مقتل طفل وجرح سبعة مدنيين بإنفجار مجهول السبب وسط مدينة جسرالشغور غرب إدلب"));
        assertEquals(List.of("killed 2 CIVILIANS «مقاتلين»"),
                tolls("مقتل مقاتلين سابقين في \"الجيش الحر\" برصاص مجهولين في درعا البلد"));
        assertEquals(List.of("killed 1 SDF «قائد»"), tolls("مقتل قائد عسكري تابع لـ \"قسد \"على يد مجهولين شرق ديرالزور"));
        assertEquals(List.of("killed 5 FSA «5»"),
                tolls("استشهد 5 من عناصر لواء الشمال التابع للجيش الحر بعد وقوعهم بكمين نصبه عناصر قوات الحماية الشعبية الكردية"));
        assertEquals(List.of("killed 2 CIVILIANS «طفلين»", "injured 2 CIVILIANS «آخرين»"),
                tolls("في حين استشهد طفلين وأصيب آخرين بجروح في بلدة الزربة بالريف الجنوبي"));
        assertEquals(List.of("killed 3 SYR_GOV «3»", "injured 2 SYR_GOV «آخرين»"),
                tolls("قالت وزارة الدفاع الروسية أن 3 عناصر من قوات الأسد قتلوا وأصيب آخرين على خلفية هجوم بطائرات مسيرة"));
        assertEquals(List.of("killed 3 YPG «عدد من»"),
                tolls("قتل عدد من عناصر قوات الحماية الشعبية الكردية على خلفية هجوم شنه عناصر تنظيم الدولة"));
        assertEquals(List.of("killed 3 ISIS «عدد من»"),
                tolls("شن طيران التحالف الدولي غارات جوية استهدفت معاقل تنظيم الدولة في مدينة هجين أدت لسقوط عدد من القتلى في صفوف التنظيم"));
        assertEquals(List.of("injured 1 null «جريح»"), tolls("انفجرت عبوة ناسفة استهدفت سيارة في بلدة سرمين أدت لسقوط جريح فقط."));
        assertEquals(List.of("killed 1 CIVILIANS «طفل»"), tolls("استشهد طفل متأثراً بجراحه التي أصيب بها يوم أمس جراء انفجار السيارة المفخخة"));
        assertEquals(List.of("injured 1 FSA «القيادي»"), tolls("وقال ناشطون أن الكمين أدى أيضا لإصابة القيادي في الفرقة 23 \"أحمد سمير برير\"."));
    }

    @Test
    void aFigureSharedByTheDeadAndTheWoundedIsNoDeathToll() {
        // ant-sk-middleeast-3103-20180725
        assertEquals(List.of("killed null null «أكثر من 100»"),
                tolls("وفق المرصد، الذي أشار إلى أن عدد الضحايا في المدينة والريف بلغ أكثر من 100 قتيل وجريح."));
        // ant-sk-middleeast-1359-20180430
        assertEquals(List.of("killed null null «قتيل»"),
                tolls("وسقط العشرات من القوات السورية الحكومية والقوات والميليشيات الإيرانية بين قتيل وجريح في غارات"
                        + " استهدفت مواقع عسكرية تابعة للنظام السوري في ريفي حماة وحلب."));
        // a bare plural still tells a toll of the dead (ant-sk-middleeast-2307-20180611)
        assertEquals("killed 3", tolls("إن غارات جديدة استهدفت بلدة تفتناز ورام حمدان بريف إدلب الشمالي، ما تسبب في"
                + " سقوط قتلى وجرحى من المدنيين.").get(0).substring(0, 8));
    }

    @Test
    void aHouseholdCountsItsMembersWhenTheirNumberFollows() {
        assertEquals(List.of("killed 4 null «أربعة»"), tolls("قتلت أسرة من أربعة أفراد في قصف على بلدة كفرنبل"));
        assertEquals(List.of("killed 6 CIVILIANS «6»"), tolls("أدى القصف إلى مقتل عائلة مكونة من 6 أشخاص في ريف إدلب"));
        assertEquals(List.of("killed 1 CIVILIANS «عائلة»"), tolls("أدى القصف إلى مقتل عائلة في بلدة سراقب"));
    }

    @Test
    void aTallyOfTheDeadTakesTheFigureAfterItsLink() {
        // ANT dev (ant-sk-middleeast-298): the figure comes after the tally's day, with لـ
        assertEquals(List.of("killed 35 CIVILIANS «35»"),
                tolls("أفادت مصادر طبية في غوطة دمشق لسكاي نيوز عربية بارتفاع حصيلة قتلى المدنيين، الأربعاء، لـ 35 مدني، بينهم نساء وأطفال، قتلوا بغارات جوية روسية وسورية مكثفة"));
        // SNN dev (snn-2015-08-09-1045): past the tally's cause, with إلى
        assertEquals(List.of("killed 11 null «11»"), tolls("ارتفاع حصيلة القتلى جراء سقوط قذائف على دمشق الى 11 شخصا"));
        // a casualty word after the figure counts it once
        assertEquals(List.of("killed 11 null «11»"),
                tolls("ارتفعت حصيلة قتلى القذائف الصاروخية التي سقطت على احياء عدة في دمشق الى 11 قتيلا"));
        // a tally raised "thereby" adds the deaths just told to earlier ones: only the day's six are counted
        assertEquals(List.of("killed 6 CIVILIANS «ستة»"), tolls("وتسببت الغارات بمقتل ستة مدنيين على الأقل في بلدة صيدا، "
                + "لترتفع بذلك حصيلة القتلى منذ بدء الهجوم على الجنوب إلى 149 مدنيا على الأقل"));
        // a tally told with no figure, or a figure after the clause ends, is no toll
        assertEquals(List.of(), tolls("ولم يعلن بعد عن حصيلة القتلى. وانتقل الوفد إلى 3 مدن"));
    }

    @Test
    void vagueCountsInTheAccusative() {
        // the object of أوقع/خلف takes the accusative: "عددا من" is "عدد من", several (3)
        assertEquals(List.of("killed 3 CIVILIANS «عددا من»"),
                tolls("قصفت طائرات حربية بلدة كفرزيتا أوقعت عددا من القتلى في صفوف السكان"));
        assertEquals(List.of("killed 3 null «عددا كبيرا من»"),
                tolls("ألقت المروحيات براميل على بلدة اللطامنة خلفت عددا كبيرا من القتلى"));
    }

    @Test
    void vagueAndQualifiedCounts() {
        assertEquals(List.of("killed 80 CIVILIANS «أكثر من 80»"),
                tolls("استخدام غاز الكلور بقصف النظام للمدينة في 7 نيسان الماضي، والذي أدى لاستشهاد أكثر من 80 مدنياً جلهم من الأطفال."));
        assertEquals(List.of("killed 80 CIVILIANS «اكثر من 80»"), tolls("ما أودى بحياة اكثر من 80 مدني جلهم من الاطفال"));
        assertEquals(List.of("arrested 12 CIVILIANS «عشرات»"),
                tolls("\"قسد\" تعتقل عشرات الشبان من بلدة المنصور غرب مدينة الرقة لسوقهم إلى التجنيد الاجباري"));
        assertEquals(List.of("killed null CIVILIANS «عشرات»", "injured null CIVILIANS «عشرات»", "displaced 12000 CIVILIANS «عشرات آلاف»"),
                tolls("مترافق مع قصف جوي ومدفعي،ما تسبب بمقتل وجرح عشرات المدنيين بينهم نساء وأطفال،إضافة إلى تدمير البنية التحتية وتهجير عشرات آلاف المدنيين، وسط معارك"));
        assertEquals(List.of("displaced 50 OPPOSITION «50»"),
                tolls("قال شهود عيان ومصادر من المعارضة، إنه تم إجلاء 50 من مقاتلي المعارضة وعائلاتهم، اليوم الخميس"));
        assertEquals(List.of("arrested 3 CIVILIANS «عدد كبير»".replace("عدد كبير", "عدد كبير من")),
                tolls("وقام أمن المخيم بمنع تجوال واعتقال عدد كبير من النازحين داخل المخيم."));
    }

    @Test
    void bodiesFoundAreTheDead() {
        assertEquals(List.of("killed 20 CIVILIANS «20»"),
                tolls("عثر الأهالي في مخيم اليرموك على 20 جثة لمدنيين قضوا في قصف سابق لقوات النظام"));
    }

    @Test
    void arabicIndicDigitsAndNumberWords() {
        assertEquals(List.of("killed 5 FSA «٥»"), tolls("استشهد ٥ من عناصر لواء الشمال التابع للجيش الحر"));
        assertEquals(List.of("killed 17 CIVILIANS «سبعة عشر»"), tolls("مقتل سبعة عشر مدنيا في قصف على البلدة"));
        assertEquals(List.of("killed 34 HEZBOLLAH «34»", "killed 17 SYR_GOV «17»"),
                tolls("سجّل مقتل 34 عنصرا من حزب الله و17 من قوات النظام، بالإضافة إلى عنصرين"));
    }

    @Test
    void externalStyles() {
        assertEquals(List.of("killed 8 CIVILIANS «ثمانية»"),
                tolls("غارات اسدية ولقي ثمانية مدنيين، بينهم ستة من عائلة واحدة، مصرعهم في قصف لطائرات النظام"));
        assertEquals(List.of("killed 6 CIVILIANS «ستة»"), tolls("كما قتل ستة أشخاص من عائلة واحدة، بينهم أطفال ونساء، جراء استهداف مدينة"));
        assertEquals(List.of("killed 50570 SYR_GOV «50 ألفا و570»"), tolls("50 ألفا و570 جنديا من قوات النظام السوري قتلوا"));
    }

    @Test
    void kinNamedByAPossessiveAreCounted() {
        // one toll in two counts, summed by the event's toll as "15 طفلا وامرأتان" is
        assertEquals(List.of("killed 1 CIVILIANS «رجل»", "killed 1 null «وزوجته»"),
                tolls("مقتل رجل وزوجته بقصف مدفعي على بلدة كفرنبل"));
        assertEquals(List.of("killed 1 CIVILIANS «امرأة»", "killed 2 null «وطفليها»"),
                tolls("استشهاد امرأة وطفليها جراء غارة على حي الوعر"));
        assertEquals(List.of("killed 1 null «ابنه»"), tolls("وأفاد ناشطون بمقتل ابنه في الغارة"));
    }

    @Test
    void aSingularVerbAfterItsSubjectKilledOne() {
        assertEquals(List.of("killed 1 null «قتل»"), tolls("وأكد المرصد أن القائد الميداني أبو خالد قتل في غارة جوية على ريف حلب"));
        assertEquals(List.of("killed 1 null «استشهدت»"), tolls("وقالت مصادر محلية إن الممرضة سلمى استشهدت جراء القصف على المشفى"));
        assertEquals(List.of("killed 1 null «قتل»"), tolls("وهو ثاني قيادي في التنظيم قتل خلال الأسبوع الماضي"));
        // before its subject a singular verb may have many ("قتل في الغارة 12"): not a toll of one (PostposedCount)
        assertEquals(List.of("killed 12 CIVILIANS «12»"), tolls("وقتل في الغارة على البلدة 12 مدنيا"));
        assertEquals(List.of(), tolls("وقال المرصد إنه قتل في الغارة مدنيون من أهالي البلدة"));
        // an active verb with its object, or a killer after it, is no toll of one
        assertEquals(List.of("killed 12 OPPOSITION «العشرات»"), tolls("وقالت الوزارة إن الجيش قتل العشرات من المسلحين في المعارك"));
        assertEquals(List.of(), tolls("وقالت الوزارة إن التحالف قتلت طائراته قائدا في التنظيم"));
    }

    @Test
    void noTollWhereThereIsNone() {
        assertEquals(List.of(), tolls("انفجرت عبوة ناسفة في بلدة بابتو بالريف الغربي دون وقوع أي إصابات بين المدنيين"));
        assertEquals(List.of(), tolls("تسجيل 65 إصابة جديدة بـ \"كورونا\" في مناطق سيطرة النظام ليرتفع إجمالي الحالات إلى 1125"));
        assertEquals(List.of(), tolls("قالت شبكة فرات بوست أن عدد كبير من النازحين في مخيم السد أصيبوا بحالات تسمم"));
    }

    @Test
    void badTriggerFileNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("casualty-triggers.tsv"), "#phrase\trole\tposition\nمقتل\tkilled\tpre\nجرح\twounded\tpre\n");
        String old = System.getProperty("rasid.data");
        System.setProperty("rasid.data", dir.toString());
        try {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, CasualtyCounter::new);
            assertEquals("casualty-triggers.tsv:3: unknown role wounded", e.getMessage());
        } finally {
            if (old == null) {
                System.clearProperty("rasid.data");
            } else {
                System.setProperty("rasid.data", old);
            }
        }
    }

    @Test
    void victimsJoinedToTheCountedOnesAddToTheToll() {
        // a dual or a singular victim noun joined by و right after the counted victims is more of the same toll
        assertEquals(List.of("killed 9 CIVILIANS «9»", "killed 2 null «وامرأتان»"),
                tolls("قتل 9 أطفال وامرأتان في غارة جوية على بلدة كفرنبل."));
        assertEquals(2, tolls("أدى القصف إلى مقتل طفل وامرأة في بلدة كفرنبل.").size());
        // some of the counted, named after them, are not more of them; nor is "one"
        assertEquals(1, tolls("قتل عشرة أشخاص بينهم طفل وامرأة في بلدة كفرنبل.").size());
        assertEquals(1, tolls("أسفرت الغارة عن مقتل شخص واحد على الأقل.").size());
    }

    @Test
    void everyGoldFatalityFigureIsExtracted() {
        List<SeedSentences.Gold> gold = SeedSentences.fromShared();
        if (gold == null) {
            gold = SeedSentences.fromFixture();
        }
        checkFatalities(gold);
    }

    @Test
    void fixtureFatalitiesAlwaysRun() {
        checkFatalities(SeedSentences.fromFixture());
    }

    private static void checkFatalities(List<SeedSentences.Gold> gold) {
        int checked = 0;
        for (SeedSentences.Gold g : gold) {
            if (g.fatalities() == null) {
                continue;
            }
            String text = Seeds.text(g.doc().substring(0, 3));
            NormalizedText doc = ArabicNormalizer.normalize(text);
            int killed = COUNTER.find(doc, g.sentence()).stream()
                    .filter(m -> m.role().equals("killed") && m.count() != null).mapToInt(CasualtyMention::count).sum();
            assertEquals(g.fatalities().intValue(), killed, g.sentence().of(text));
            checked++;
        }
        System.out.println("gold fatality figures checked: " + checked);
        Prerequisites.require(checked > 0, "no fatality figures in gold");
        assertTrue(checked >= 3);
    }
}
