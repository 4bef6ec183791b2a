package org.rasid.events;

import java.util.List;
import java.util.Set;
import org.rasid.lexicon.Particles;

/**
 * Where a meeting was held when its own words say so, with في after the meeting and its parties: "ويأتي
 * ذلك بعد لقاء بين وزير الدفاع الإسرائيلي أفيغدور ليبرمان ونظيره الروسي سيرجي شويغو في موسكو أثمر عن توافق
 * روسي إسرائيلي على ضرورة انسحاب كل الميليشيات التابعة لإيران من مناطق الجنوب السوري". The guidelines place
 * a meeting where it took place when the text says (a meeting in Sochi → سوتشي); a place named further on in
 * the same stretch is what the meeting agreed on or was about, not where it was held.
 *
 * <p>The venue is the first place after the meeting trigger in its clause and comma stretch that stands right
 * after في (or ب, or في before a settlement word: "في العاصمة دمشق"), before any word of topic ("حول",
 * "بشأن", "عن") or إن/أن; a town or a city, or a state abroad ("خلال لقاء مع نظيره الأمريكي جون كيري في
 * ماليزيا"). A Syrian region or governorate after في is more often where the parties are or what the talks are
 * about, and is left to the general rule.
 */
final class MeetingVenue {
    private static final Set<String> TOPIC = Particles.words("topic_preposition");
    private static final Set<String> THAT = Particles.words("complementizer");
    private static final String SYRIA = "SY";

    private MeetingVenue() {
    }

    /** The venue the meeting's own stretch names after it, or null. */
    static Arguments.Place of(Sentence s, TriggerMention t, List<Arguments.Place> places) {
        int clause = s.clause[t.tokenStart()];
        int segment = s.segment[t.tokenStart()];
        for (int j = t.tokenEnd(); j < s.tokens.size() && s.clause[j] == clause && s.segment[j] == segment; j++) {
            if (TOPIC.contains(s.word(j)) || THAT.contains(s.word(j))) {
                return null;
            }
            for (Arguments.Place p : places) {
                if (p.span() == null || s.tokenOf(p.span()) != j || !StatementVenue.locative(s, j, p)) {
                    continue;
                }
                boolean abroad = p.admin1() != null && !p.admin1().startsWith(SYRIA);
                return p.geoPrecision() == 1 || abroad ? p : null;
            }
        }
        return null;
    }
}
