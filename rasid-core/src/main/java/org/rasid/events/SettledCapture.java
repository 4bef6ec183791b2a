package org.rasid.events;

import java.util.Set;
import org.rasid.lexicon.Particles;

/**
 * A capture told as the outcome of a deal: after the capture trigger in its clause, an opener of cause or
 * frame (particles.tsv {@code deal_opener}: بعد، إثر، بموجب، وفق) with a deal or a step of one right behind
 * it (event_words.tsv {@code deal_noun} and {@code deal_step}: اتفاق، تسوية، مصالحة، موافقة، انضمام، خروج،
 * إجلاء), past at most the words of its course ({@code deal_course}: انتهاء، عملية). "سيطرت قوات النظام على
 * بلدات الحارة وسملين وزمرين بعد موافقة الفصائل المعارضة فيها على الاتفاق", "استعاد الجيش السيطرة على
 * منطقة القلمون الشرقي، بعد انتهاء عملية إجلاء مقاتلين معارضين": control passing under a deal is a
 * Non-violent transfer of territory (docs/annotation.md), not a capture in battle. A capture "إثر معارك مع
 * مقاتلين رافضين للتسوية" or "بعد انهيار الهدنة" was fought for and stays one.
 */
final class SettledCapture {
    private static final Set<String> OPENER = Particles.words("deal_opener");
    private static final String DEAL = "deal_noun";
    private static final String STEP = "deal_step";
    private static final String COURSE = "deal_course";
    /** Words from the capture trigger to the opener ("استعادت مدينة وأربع بلدات على مقربة من الحدود … بموجب"). */
    private static final int REACH = 16;
    /** Words of the deal's course between the opener and the deal ("بعد انتهاء عملية إجلاء"). */
    private static final int COURSE_GAP = 2;

    private SettledCapture() {
    }

    /** Whether the clause of capture trigger t tells a deal as what the capture followed from. */
    static boolean told(Sentence s, TriggerMention t, EventWords words) {
        int clause = s.clause[t.tokenStart()];
        for (int i = t.tokenEnd(); i < s.tokens.size() && s.clause[i] == clause && i - t.tokenEnd() <= REACH; i++) {
            if (s.bareOrAfterAnd(i, OPENER) && dealAfter(s, i + 1, clause, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean dealAfter(Sentence s, int from, int clause, EventWords words) {
        for (int i = from; i < s.tokens.size() && s.clause[i] == clause && i - from <= COURSE_GAP; i++) {
            if (words.stemIs(s.tokens.get(i), DEAL, STEP)) {
                return true;
            }
            if (!words.stemIs(s.tokens.get(i), COURSE)) {
                return false;
            }
        }
        return false;
    }
}
