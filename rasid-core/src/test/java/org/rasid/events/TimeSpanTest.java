package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

/** Hand-built sentences: a span of days in a violent act's clause makes it a summary, not an incident. */
class TimeSpanTest {
    private static final TriggerLexicon LEXICON = TriggerLexicon.load();
    private static final EventCues CUES = EventCues.load();
    private static final ModalityClassifier CLASSIFIER = new ModalityClassifier();

    private static Modality of(String text, String word) {
        NormalizedText doc = ArabicNormalizer.normalize(text);
        Sentence s = new Sentence(doc, new Span(0, text.length()), CUES);
        List<TriggerMention> ts = SpeechStatement.acts(new TriggerMatcher(LEXICON).find(s));
        for (TriggerMention t : ts) {
            if (t.span().of(text).contains(word)) {
                return CLASSIFIER.classify(s, t, ts);
            }
        }
        throw new AssertionError("no trigger '" + word + "' in " + text);
    }

    @Test
    void aCountedSpanAfterTheActIsASummary() {
        assertEquals(Modality.GENERIC, of("وقتل أكثر من 500 مدني خلال 3 أسابيع من القصف على ريف حمص الشمالي.", "قتل"));
        assertEquals(Modality.GENERIC, of("ووثقت الشبكة مقتل 900 شخص في 40 يوما من الغارات على مدن إدلب.", "مقتل"));
    }

    @Test
    void aSpanClosedByItsAdjectiveOrADualIsASummary() {
        assertEquals(Modality.GENERIC, of("وقتل 300 مدني في أحياء حلب الشرقية خلال الأسبوعين الماضيين.", "قتل"));
        assertEquals(Modality.GENERIC, of("وقتل 120 شخصا في ريف درعا خلال الأيام العشرة الأخيرة بحسب ناشطين.", "قتل"));
        assertEquals(Modality.GENERIC, of("وخلال يومين قتل 70 مدنيا في قصف على مدينة الرستن.", "قصف"));
    }

    @Test
    void aCampaignDatedFromItsStartIsASummary() {
        assertEquals(Modality.GENERIC, of("ومنذ بدء الهجوم التركي على منبج قبل خمسة أسابيع، قتل أكثر من 200 مدني.", "قتل"));
    }

    @Test
    void aSpanOfSomethingElseLeavesTheActReported() {
        // the span counts incidents of the kind, not the blast
        assertEquals(Modality.OCCURRED, of("وقتل سبعة مدنيين بانفجار سيارة مفخخة في مدينة الباب، في حادث هو الثاني من نوعه خلال ثلاثة أيام.", "انفجار"));
        // the span measures the offensive told between, not the blast today
        assertEquals(Modality.OCCURRED, of("وانفجرت سيارة مفخخة اليوم في بلدة صوران بعد هجوم شنه التنظيم على مدى ستة أسابيع.", "انفجرت"));
        // a point in a week, and the first day, are no span
        assertEquals(Modality.OCCURRED, of("وقتل خمسة مدنيين في قصف مدفعي على بلدة سرمين في اليوم الأول من الهدنة.", "قصف"));
    }
}
