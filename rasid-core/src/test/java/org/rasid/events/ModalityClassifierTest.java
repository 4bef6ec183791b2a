package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

/** Sentences from the seeds and in their style: did the event the trigger names take place? */
class ModalityClassifierTest {
    private static final TriggerLexicon LEXICON = TriggerLexicon.load();
    private static final EventCues CUES = EventCues.load();
    private static final ModalityClassifier CLASSIFIER = new ModalityClassifier();

    /** The modality of the first trigger whose text contains {@code word} (TimeSpanTest reads with it too). */
    static Modality of(String text, String word) {
        NormalizedText doc = ArabicNormalizer.normalize(text);
        Sentence s = new Sentence(doc, new Span(0, text.length()), CUES);
        // speech verbs ("قال") are left out of selection, as EventExtractor does (SpeechStatement)
        List<TriggerMention> ts = SpeechStatement.acts(new TriggerMatcher(LEXICON).find(s));
        for (TriggerMention t : ts) {
            if (t.span().of(text).contains(word)) {
                return CLASSIFIER.classify(s, t, ts);
            }
        }
        throw new AssertionError("no trigger '" + word + "' in " + text);
    }

    @Test
    void occurred() {
        assertEquals(Modality.OCCURRED, of("تعرضت قرى جزرايا وزمار والعثمانية بالريف الجنوبي لقصف مدفعي وصاروخي من قبل قوات الأسد.", "قصف"));
        assertEquals(Modality.OCCURRED, of("\"قسد\" تشن حملة اعتقالات شرق دير الزور بدعم من \"التحالف الدولي\"", "اعتقالات"));
        assertEquals(Modality.OCCURRED, of("وبعد شهر توصلت هيئة المصالحة في درعا البلد وقوات النظام إلى اتفاق يقضي بسحب جزئي للأسلحة", "اتفاق"));
    }

    @Test
    void aContextConnectiveIsNoTopic() {
        // snn-2015-07-31-1689 (dev): "وفي السياق" opens the next report of a round-up; the topic cue is "في سياق
        // المباحثات", a matter the act is about
        assertEquals(Modality.OCCURRED, of("وفي السياق، دارت اشتباكات صباح أمس، بين مقاتلي الفرقة 16 مشاة وقوات النظام، "
                + "في حي الخالدية بمدينة حلب، حسب ما أفادت وكالة \"سمارت\".", "اشتباكات"));
        assertEquals(Modality.OCCURRED, of("وفي سياق متصل، قصفت قوات النظام بلدة كفرنبل بريف إدلب.", "قصفت"));
        assertEquals(Modality.TOPIC, of("وتحدث الوزير في سياق المباحثات عن القصف على كفرنبل.", "القصف"));
    }

    @Test
    void atLeastIsNoNegation() {
        assertEquals(Modality.OCCURRED, of("ونفذ الطيران الحربي ما لا يقل عن 8 غارات على بلدة كفرنبل بريف إدلب.", "غارات"));
        assertEquals(Modality.NEGATED, of("ولم تسجل غارات على بلدة كفرنبل بريف إدلب.", "غارات"));
    }

    @Test
    void plannedAndExpected() {
        assertEquals(Modality.PLANNED, of("إن ميليشيات النظام تستعد لدخول مناطق عربين وجوبر وزملكا وعين ترما خلال الساعات القادمة", "دخول"));
        assertEquals(Modality.PLANNED, of("بدأت بتجميع حشودها، وذلك استعداداً لعملية عسكرية تقضي بالسيطرة على المدينة", "السيطرة"));
        assertEquals(Modality.EXPECTED, of("وأعربت عن قلق فرنسا إزاء احتمال وقوع هجوم كبير على إدلب من قبل النظام السوري", "هجوم"));
        assertEquals(Modality.EXPECTED, of("لافتًة إلى وجود مخاطر متعلقة باستخدام سلاح كيميائي في إدلب", "كيميائي"));
    }

    @Test
    void aMeetingIntendedHasNotMet() {
        assertEquals(Modality.PLANNED, of("وقال الأكراد إنهم على استعداد للدخول في مفاوضات مع الحكومة السورية", "مفاوضات"));
        assertEquals(Modality.PLANNED, of("ويعتزم وزير الخارجية عقد اجتماع مع نظيره التركي في أنقرة", "اجتماع"));
        assertEquals(Modality.OCCURRED, of("وعقد وزير الخارجية اجتماعا مع نظيره التركي في أنقرة", "اجتماعا"));
    }

    @Test
    void anActIntendedOrOnlyPossibleIsNoEvent() {
        // an intent or expectation opening a relative clause after the noun, "أي" before it
        assertEquals(Modality.PLANNED, of("وتحدثت المصادر عن هجوم يعتزم الجيش شنه على البلدة خلال أيام", "هجوم"));
        assertEquals(Modality.PLANNED, of("وزودت الفصائل بصواريخ لصد هجوم من المتوقع أن تبدأه القوات على ريف حماة", "هجوم"));
        assertEquals(Modality.EXPECTED, of("وقال القائد إن مقاتليه سيتمكنون من الرد على أي هجوم على البلدة", "هجوم"));
        // countering such an act is still to come too
        assertEquals(Modality.PLANNED, of("وكثفت أنقرة دعمها للفصائل على التصدي لهجوم من المتوقع أن يشنه الجيش على إدلب", "التصدي"));
        assertEquals(Modality.OCCURRED, of("وتمكنت الفصائل من التصدي لهجوم شنته القوات على البلدة", "التصدي"));
        assertEquals(Modality.OCCURRED, of("وشنت القوات هجوما على البلدة صباح اليوم", "هجوما"));
    }

    @Test
    void anActWithoutEvidenceOrOfAKindIsNoEvent() {
        // "no evidence that it took place" denies the act; "مثل هكذا" names a kind of act, not one
        assertEquals(Modality.NEGATED, of("وقال المندوب إنه ما من أدلة على وقوع هجوم في البلدة", "هجوم"));
        assertEquals(Modality.NEGATED, of("وأكد الوزير أنه لا يوجد ما يثبت وقوع هجوم بالغاز في القرية", "هجوم"));
        assertEquals(Modality.EXPECTED, of("ونفى السفير حصول مثل هكذا هجوم على المدنيين", "هجوم"));
        assertEquals(Modality.EXPECTED, of("وأدان الوزير مثل هذا الهجوم على المدنيين", "الهجوم"));
        assertEquals(Modality.OCCURRED, of("وقالت المصادر إن هجوما استهدف البلدة فجر اليوم", "هجوما"));
    }

    @Test
    void aPossibleOrForecastActIsNoEvent() {
        // a possibility ("يمكن", "من الممكن") governing the act, or an imperfect verb after أن: not (yet) done
        assertEquals(Modality.EXPECTED, of("وقال المسؤول إنه يمكن التوصل إلى اتفاق مع الأكراد حول البلدة", "اتفاق"));
        assertEquals(Modality.EXPECTED, of("وأكد القائد أن قواته يمكنها اقتحام المدينة في أي وقت", "اقتحام"));
        assertEquals(Modality.EXPECTED, of("ورجح دبلوماسيون أن يجتمع الوزراء في جنيف الأسبوع المقبل", "يجتمع"));
        assertEquals(Modality.OCCURRED, of("واجتمع الوزراء في جنيف صباح اليوم", "اجتمع"));
        assertEquals(Modality.OCCURRED, of("والتقى الوزير نظيره التركي قبل أن يجتمع بالرئيس في أنقرة", "يجتمع"));
    }

    @Test
    void aRepeatedStanceIsNoNewAct() {
        // a habit cue beside a verbal act makes it a stance held over time; in the content it does not
        assertEquals(Modality.GENERIC, of("ولطالما هددت الحكومة بشن عملية عسكرية على المدينة", "هددت"));
        assertEquals(Modality.GENERIC, of("وهددت أنقرة مرارا بشن عملية عسكرية على المدينة", "هددت"));
        assertEquals(Modality.OCCURRED, of("وهددت أنقرة اليوم بشن عملية عسكرية على المدينة", "هددت"));
        assertEquals(Modality.OCCURRED, of("واتهم الوزير الحكومة بأنها قصفت دائما المدنيين", "اتهم"));
    }

    @Test
    void anActGovernedByAVerbOfHabitIsNoNewAct() {
        // "never tired of denying": the verb of habit takes the denial as a verbal noun after عن, its subject between
        assertEquals(Modality.GENERIC, of("لم يكل المسؤولون الأتراك عن نفي الاتهامات الكثيرة الموجهة إلى بلادهم", "نفي"));
        assertEquals(Modality.OCCURRED, of("ونفى المسؤولون الأتراك الاتهامات الموجهة إلى بلادهم", "نفى"));
    }

    @Test
    void anActASideSaysItIsReadyForIsNotDone() {
        assertEquals(Modality.PLANNED, of("وقال المتحدث إن الولايات المتحدة مستعدة لتوجيه ضربة عسكرية إذا استخدم "
                + "السلاح الكيماوي مرة أخرى", "ضربة"));
        assertEquals(Modality.PLANNED, of("وأكد القائد أن مقاتليه جاهزون لاقتحام البلدة فور صدور الأوامر", "اقتحام"));
    }

    @Test
    void aScheduledOrPostponedActIsNotDone() {
        assertEquals(Modality.PLANNED, of("ومن المقرر أن يعقد الوزراء اجتماعا في جنيف الأسبوع المقبل", "اجتماعا"));
        assertEquals(Modality.NEGATED, of("وقال المسؤول إن الرئيس أرجأ فرض عقوبات جديدة على الحكومة", "عقوبات"));
        assertEquals(Modality.OCCURRED, of("وعقد الوزراء اجتماعا في جنيف اليوم", "اجتماعا"));
    }

    @Test
    void futureAndConditional() {
        assertEquals(Modality.FUTURE, of("الخروج بشكل سلمي خلال مهلة محددة، أو أن عملية عسكرية كبيرة ستشن ضد البلدتين", "تشن"));
        assertEquals(Modality.CONDITIONAL, of("وأشارت إلى أن معلومات تفيد بأن روسيا تتخلى عنهم في حال شنت أي عملية عسكرية ضدهم", "شنت"));
        assertEquals(Modality.CONDITIONAL, of("وفي حال رفض جيش الإسلام الخروج من مدينة دوما، سيمدد وقف إطلاق النار", "وقف"));
    }

    @Test
    void negatedDeniedAndHeard() {
        assertEquals(Modality.NEGATED, of("يأتي ذلك بعد عدم التوصل إلى اتفاق حتى الآن", "اتفاق"));
        assertEquals(Modality.NEGATED, of("وأشارت الوكالة إلى أن لجان المفاوضات لم تتوصل إلى اتفاق سلمي بخصوص دوما", "اتفاق"));
        assertEquals(Modality.CONTENT, of("نفت قوات سوريا الديمقراطية قصف مدينة عفرين", "قصف"));
        assertEquals(Modality.HEARD, of("سمعت أصوات إطلاق رصاص كثيف في مدينة الرقة", "إطلاق"));
        assertEquals(Modality.CONTENT, of("قالت إن قوات الاحتلال الروسي هددت بإبادة مدينة دوما وقصفها", "قصف"));
    }

    @Test
    void purposeBackgroundAndAggregates() {
        assertEquals(Modality.PURPOSE, of("ودخلت الحافلات إلى المدينة لإجلاء المقاتلين وعائلاتهم", "إجلاء"));
        assertEquals(Modality.PLANNED, of("بهدف التوصل لاتفاق لإجلاء كامل الميليشيات الموجود البلدتين", "إجلاء"));
        assertEquals(Modality.PURPOSE, of("ما دفع الهيئات المدنية للانسحاب منها", "انسحاب"));
        assertEquals(Modality.BACKGROUND, of("والجدير بالذكر أن الجيش الحر تمكن خلال أشهر سابقة من إلقاء القبض على خلايا", "القبض"));
        assertEquals(Modality.GENERIC, of("بالرغم من شن الطائرات الروسية آلاف الغارات الجوية على مختلف المحافظات", "الغارات"));
        assertEquals(Modality.TOPIC, of("عبرت روسيا عن قلقها من التأخير في نشر تقرير المنظمة النهائي حول مجزرة الكيماوي في مدينة دوما", "الكيماوي"));
    }

    @Test
    void whatWasDoneIsATopicButAPassiveReportIsNot() {
        assertEquals(Modality.TOPIC, of("وذلك لرفضهم الخروج وتطبيق ما تم الاتفاق عليه مع الجانب الروسي", "الاتفاق"));
        assertEquals(Modality.TOPIC, of("وطالبت المعارضة بالكشف عن ما جرى الاتفاق عليه في أستانة", "الاتفاق"));
        assertEquals(Modality.OCCURRED, of("وتم الاتفاق على خروج المقاتلين من مدينة درعا البلد", "الاتفاق"));
    }

    @Test
    void pluperfectIsBackground() {
        // كان + قد + perfect: what had happened before the news; coded only with its own date
        assertEquals(Modality.BACKGROUND, of("وكانت قوات النظام قد استعادت السيطرة على كامل الغوطة الشرقية", "السيطرة"));
        assertEquals(Modality.BACKGROUND, of("وكان \"جيش الإسلام\" قد نفى صحة ما أعلنته هيئة الأركان العامة الروسية", "نفى"));
        assertEquals(Modality.BACKGROUND, of("وكانت الولايات المتحدة وفرنسا وبريطانيا شنت ضربات عسكرية على مواقع النظام", "ضربات"));
        // كان + imperfect is a past state, and the same verb without كان is news
        assertEquals(Modality.OCCURRED, of("قتل 15 طفلا في غارة جوية استهدفت مدرسة كانوا يحتمون بها", "غارة"));
        assertEquals(Modality.OCCURRED, of("استعادت قوات النظام السيطرة على بلدة صيدا شرق درعا", "السيطرة"));
    }

    @Test
    void sinceInARelativeClauseDescribesThePlace() {
        assertEquals(Modality.OCCURRED, of("وأورد المرصد إن الغارة استهدفت بلدة عربين في الغوطة الشرقية التي تتعرض منذ شهر لحملة عسكرية", "الغارة"));
        assertEquals(Modality.BACKGROUND, of("وتشن قوات النظام منذ شهر حملة عسكرية على الغوطة الشرقية", "تشن"));
    }

    @Test
    void sinceAPartOfTheNewsDayDatesTheEventReported() {
        assertEquals(Modality.OCCURRED, of("وتتواصل الاشتباكات منذ صباح أمس بين قوات النظام والفصائل في بلدة مورك", "الاشتباكات"));
        assertEquals(Modality.OCCURRED, of("وشن الطيران الحربي منذ فجر اليوم 12 غارة على بلدة كفرزيتا", "غارة"));
        assertEquals(Modality.OCCURRED, of("وتقصف قوات النظام منذ ساعات الصباح أحياء المدينة", "تقصف"));
        // a month or a year since is still a campaign
        assertEquals(Modality.BACKGROUND, of("وتشن قوات النظام منذ أيلول الماضي غارات على بلدة كفرزيتا", "غارات"));
    }

    @Test
    void anOpinionReachesUpToAWordThatOpensAnotherReport() {
        assertEquals(Modality.TOPIC, of("ورأى المحلل أن سقوط القذائف على البلدة يهدف إلى تهجير سكانها", "القذائف"));
        assertEquals(Modality.OCCURRED, of(
                "وسقطت صواريخ يعتقد أنها من نوع غراد على مدينة درعا، بينما قصفت قوات النظام بلدة الحراك", "قصفت"));
        assertEquals(Modality.OCCURRED, of(
                "ويتوقع ناشطون ارتفاع عدد القتلى في المدينة، كما دارت اشتباكات بين الفصائل وقوات النظام في بلدة صوران", "اشتباكات"));
        // "وذلك بعد" goes on with the same view
        assertEquals(Modality.TOPIC, of("واعتبر المحلل أن التصعيد خطير، وذلك بعد اتهام الفصائل بقصف بلدة الحراك", "قصف"));
    }

    @Test
    void aStretchOfRecentTimeIsAPeriod() {
        assertEquals(Modality.BACKGROUND, of("وهددت أنقرة خلال الفترة الماضية بشن عملية عسكرية على مدينة منبج", "هددت"));
        assertEquals(Modality.BACKGROUND, of("وعقد الطرفان في الأسابيع الأخيرة محادثات في أنقرة حول منبج", "محادثات"));
        assertEquals(Modality.BACKGROUND, of("وأجرى الطرفان على مدى الأشهر الماضية محادثات في موسكو", "محادثات"));
        assertEquals(Modality.BACKGROUND, of("وأرسلت واشنطن تعزيزات إلى قاعدة التنف في السنوات الأخيرة", "تعزيزات"));
    }

    @Test
    void aPeriodAfterAnEarlierActDatesThatAct() {
        // the appeal is today's; the fighting of the last days is what it comes after
        assertEquals(Modality.OCCURRED, of("ودعت الأمم المتحدة إلى وقف القتال بعد التصعيد في ريف حماة خلال الأيام الأخيرة", "دعت"));
        assertEquals(Modality.BACKGROUND, of("ودعت الأمم المتحدة إلى وقف القتال في ريف حماة خلال الأيام الأخيرة", "دعت"));
    }

    @Test
    void aRelativeClauseDescribesItsNounWithWhatIsKnown() {
        assertEquals(Modality.BACKGROUND, of("وشهدت بلدات جنوبي العاصمة عمليات نهب من قبل الميليشيات التي سيطرت على جنوب العاصمة دمشق", "سيطرت"));
        assertEquals(Modality.OCCURRED, of("سيطرت قوات النظام على بلدة عين ترما في الغوطة الشرقية", "سيطرت"));
    }

    @Test
    void theTimeSinceAnEarlierEventIsBackground() {
        assertEquals(Modality.BACKGROUND, of("دخلت الهدنة حيز التنفيذ في الغوطة الشرقية، بعد نحو عشرة أيام من القصف العنيف على المدينة", "القصف"));
        assertEquals(Modality.BACKGROUND, of("هذا وقد مضى 11 يوما على الهجوم الكيماوي على مدينة دوما", "الهجوم الكيماوي"));
        assertEquals(Modality.OCCURRED, of("قتل خمسة مدنيين بعد ظهر اليوم من جراء القصف على مدينة دوما", "القصف"));
    }

    @Test
    void aDurationJoinedToAnElapsedOneIsBackground() {
        assertEquals(Modality.BACKGROUND, of("وصل الوفد إلى المدينة بعد عامين على حصارها، ونحو شهر من القصف العنيف على أحيائها", "القصف"));
        assertEquals(Modality.BACKGROUND, of("وتأتي الزيارة بعد عام على الاتفاق، وثلاثة أسابيع من المعارك في ريف حماة", "المعارك"));
        assertEquals(Modality.OCCURRED, of("وتمكن التنظيم خلال الهجوم الذي استمر لنحو أسبوع من السيطرة على الحي", "السيطرة"),
                "من after تمكن, no word of elapsing");
    }

    @Test
    void anAnniversaryRecallsAnEvent() {
        assertEquals(Modality.BACKGROUND, of("وتجمع الأهالي في ذكرى الهجوم الكيماوي على خان شيخون", "الكيماوي"));
    }

    @Test
    void aDefiniteEventNamedAsWhatSomethingIsAboutIsATopic() {
        assertEquals(Modality.TOPIC, of("ويعد عناصر الدفاع المدني أحد أبرز المصادر عن الهجوم الكيميائي في دوما", "الهجوم الكيميائي"));
        assertEquals(Modality.TOPIC, of("تعرض الفريق لإطلاق نار خلال زيارته لأحد المواقع المرتبطة بالهجوم الكيماوي في دوما", "الهجوم الكيماوي"));
        assertEquals(Modality.TOPIC, of("وأورد الجيش الإسرائيلي تفاصيل الغارات على المنشأة في دير الزور", "الغارات"));
        // عن after "أسفر" or "أعلن" joins the verb to its object: the event itself
        assertEquals(Modality.OCCURRED, of("نفذ مقاتلو المعارضة هجوما مباغتا أسفر عن السيطرة على ثلاثة حواجز قرب بلودان", "السيطرة"));
    }

    @Test
    void aNeedAConditionOrAnOppositionIsNotADeed() {
        assertEquals(Modality.PLANNED, of("وشدد الرئيس الفرنسي على أهمية التصدي للأسلحة الكيماوية في سوريا", "التصدي"));
        assertEquals(Modality.PLANNED, of("وتحدث عن ضرورة حماية حلب من قصف قوات الأسد", "قصف"));
        assertEquals(Modality.PLANNED, of("ويعارض المتشددون في إيران الانضمام إلى مثل هذه المعاهدات", "الانضمام"));
        assertEquals(Modality.CONDITIONAL, of("سأفكر بإرساله بعد الحصول على الموافقة، وبشرط السماح لفريقنا بالدخول للمواقع في دوما", "الدخول"));
    }

    @Test
    void aYearsSummaryIsBackground() {
        assertEquals(Modality.BACKGROUND, of("قال المحققون إن قوات النظام أطلقت غاز الكلور في الغوطة الشرقية وفي محافظة إدلب هذا العام", "غاز الكلور"));
    }

    @Test
    void aClaimTheReporterDoesNotVouchForIsNotTold() {
        assertEquals(Modality.TOPIC, of("وزعمت الوكالة أن مسلحين قصفوا حي الشيخ مقصود بقذائف الهاون.", "قصفوا"));
        assertEquals(Modality.TOPIC, of("ونفى الجيش مزاعم المعارضة بأن طائراته قصفت سوقا في بلدة سراقب.", "قصفت"));
        assertEquals(Modality.OCCURRED, of("وقال المرصد إن مسلحين قصفوا حي الشيخ مقصود بقذائف الهاون.", "قصفوا"));
        // another report after a conjunction that opens it is told as fact
        assertEquals(Modality.OCCURRED, of("وزعمت الوكالة أن الهدوء عاد إلى المدينة، بينما قصفت قوات النظام بلدة سراقب.",
                "قصفت"));
        // "يدعى": a name, not a claim
        assertEquals(Modality.OCCURRED, of("وقتل شاب يدعى محمد برصاص قناص في حي الشيخ مقصود.", "برصاص"));
    }

    @Test
    void anActSpreadOverGovernoratesIsASummary() {
        assertEquals(Modality.GENERIC, of("ونفذت الطائرات الحربية أكثر من ثلاثة آلاف غارة على مناطق في محافظات حمص وحماة"
                + " وإدلب.", "غارة"));
        assertEquals(Modality.GENERIC, of("وشنت الأجهزة الأمنية حملات اعتقال واسعة في عدد من المحافظات الجنوبية.", "اعتقال"));
        // two governorates named (the dual) may be two incidents; a clause after a break is another report
        assertEquals(Modality.OCCURRED, of("وقصفت قوات النظام بلدة الحراك في محافظتي درعا والسويداء.", "قصفت"));
        assertEquals(Modality.OCCURRED, of("قصفت قوات النظام بلدة الحراك أمس، في حين زار الوزير عددا من المحافظات.", "قصفت"));
        // a verbal act about the country stays an act
        assertEquals(Modality.OCCURRED, of("وأدان الوزير القصف الذي طال المدنيين في المحافظات السورية.", "أدان"));
    }

    @Test
    void anEventJustToldPutInItsContextIsATopic() {
        assertEquals(Modality.TOPIC, of("ويأتي الهجوم الأخير بعدما فشلت المفاوضات بين جيش الإسلام وروسيا بشأن دوما", "الهجوم"));
        assertEquals(Modality.OCCURRED, of("وبالتوازي، أطلقت قوات النظام عملية برية في البساتين المحيطة بالمدينة", "عملية برية"));
    }

    @Test
    void aSentenceOpenedByAPresentTenseSpeechVerbIsCommentary() {
        assertEquals(Modality.TOPIC, of("ويقول المحلل العسكري سامر الأحمد إن قوات النظام سيطرت على معظم القرى بعد معارك طويلة.", "سيطرت"));
        assertEquals(Modality.TOPIC, of("وتقول منظمات حقوقية إن الطيران الحربي قصف المستشفيات مرات عدة خلال الحرب.", "قصف"));
        assertEquals(Modality.TOPIC, of("وتشير مصادر محلية إلى أن مجموعة مسلحة اغتالت قياديا في الفصيل قرب البلدة.", "اغتالت"));
    }

    @Test
    void aPerfectSpeechVerbOrOneLaterInTheSentenceStillReports() {
        assertEquals(Modality.OCCURRED, of("وقال ناشطون إن الطيران الحربي قصف بلدة كفرنبل صباح اليوم.", "قصف"));
        assertEquals(Modality.OCCURRED, of("قصف الطيران الحربي بلدة كفرنبل صباح اليوم، يقول ناشطون.", "قصف"));
    }

    @Test
    void aWeaponNamedAsAFieldIsNoAttack() {
        assertEquals(Modality.GENERIC, of("وصل خبراء الأسلحة الكيماوية إلى العاصمة السورية مساء الجمعة.", "الأسلحة الكيماوية"));
        assertEquals(Modality.GENERIC, of("وتتهم واشنطن دمشق بخرق اتفاق نزع الأسلحة الكيميائية الموقع عام 2013.", "الأسلحة الكيميائية"));
        assertEquals(Modality.OCCURRED, of("قصفت قوات النظام بلدة اللطامنة بالأسلحة الكيميائية فجر اليوم.", "بالأسلحة الكيميائية"));
        // a word between: the noun no longer qualifies the trigger ("ضمن البرنامج الأميركي، باعتقالها")
        assertEquals(Modality.OCCURRED, of("شارك المقاتلون في البرنامج الأميركي، واعتقلت جبهة النصرة قائدهم قرب اعزاز.", "اعتقلت"));
    }

    @Test
    void allegedOrStagedAttackIsNoReport() {
        // an attack the text only alleges, named after the investigation or the strikes that answer it
        assertEquals(Modality.EXPECTED, of("وصل المحققون إلى البلدة للنظر في الهجوم الكيماوي المزعوم على سكانها.", "الهجوم الكيماوي"));
        assertEquals(Modality.EXPECTED, of("ويبحث الفريق في هجوم مفترض بالغاز السام على البلدة الشهر الماضي.", "بالغاز السام"));
        assertEquals(Modality.EXPECTED, of("ونقل الجرحى إلى المشفى بعد هجوم مزعوم بسلاح كيماوي على القرية.", "سلاح كيماوي"));
        // said to be staged: it did not happen as told
        assertEquals(Modality.NEGATED, of("وقال الجنرال إن المسعفين عمدوا إلى فبركة هجوم كيماوي أمام الكاميرات.", "هجوم كيماوي"));
        // the adjective qualifies a noun, never a verb: the denial is a denial all the same
        assertEquals(Modality.OCCURRED, of("ونفت الحكومة الهجوم المزعوم على البلدة.", "نفت"));
        // without the adjective the attack is reported
        assertEquals(Modality.OCCURRED, of("ونقل الجرحى إلى المشفى بعد هجوم بسلاح كيماوي على القرية.", "سلاح كيماوي"));
    }

    @Test
    void inCaseOfIsACondition() {
        assertEquals(Modality.CONDITIONAL, of("وأعلنت الحكومة استعدادها لاستقبال اللاجئين في حالة وقوع هجوم واسع على المدينة.", "هجوم"));
        assertEquals(Modality.OCCURRED, of("وأعلنت الحكومة أن هجوما واسعا وقع على المدينة أمس.", "هجوما"));
    }

    @Test
    void theFailureOfAnEarlierActIsItsTimeReference() {
        assertEquals(Modality.BACKGROUND, of("وعاد الأهالي إلى البلدة بعد انتهاء المعارك فيها", "المعارك"));
        assertEquals(Modality.BACKGROUND, of("وانسحبت الفصائل من التلة عقب توقف الهجوم على المطار", "الهجوم"));
        assertEquals(Modality.BACKGROUND, of("وتجدد القصف على البلدة بعد تعثر مفاوضات التسوية مع الجانب الروسي", "مفاوضات"));
    }

    @Test
    void flightFromTheStrikesIsTheirStateNotAnIncident() {
        // ant-sk-middleeast-2818-20180710 (feed outside gold)
        assertEquals(Modality.TOPIC, of("وقالت الأمم المتحدة إن أكثر من 320 ألف مدني نزحوا هربا من الغارات والبراميل المتفجرة "
                + "والصواريخ، وتوجه عدد كبير منهم إلى الحدود مع الأردن.", "الغارات"));
        // ant-sk-middleeast-2540-20180622 (feed outside gold)
        assertEquals(Modality.TOPIC, of("وتشهد المنطقة حركة نزوح متواصلة من المدنيين هربا من القصف المكثف على المنطقة.", "القصف"));
        assertEquals(Modality.OCCURRED, of("وقصفت قوات النظام بلدة بصر الحرير هربا من الحصار.", "قصف"));
    }
}
