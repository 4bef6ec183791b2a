package org.rasid.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.IntPredicate;
import org.rasid.text.Token;

/**
 * The day a story was written, when its text says so against its publication date. A feed often
 * dates a story a day or two after it was written (a morning paper, a late crawl), and the text then
 * pairs a relative day with a weekday that does not fit the publication date: "خطفت جبهة النصرة يوم
 * أمس الثلاثاء" in a story published on Thursday was written on Wednesday. The weekday is the
 * writer's own word for the day, so every relative day of the story ("فجر أمس", "بعد منتصف ليل أمس")
 * is read from the day it implies. The anchor moves only when the pairs agree on a lag of one or two
 * days; a pair that fits the publication date, or pairs that disagree, keep it.
 */
final class WritingDay {
    /** A lag longer than this is a typo or a weekday of another week, not a late date. */
    static final int MAX_LAG = 2;

    private final TimeLexicon lexicon;

    WritingDay(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The anchor the story's relative days are read from: {@code anchor}, or the day its weekdays imply.
     *
     * @param mayStart whether a date expression may start at a token (the resolver's cheap gate)
     */
    LocalDate of(List<Token> t, LocalDate anchor, IntPredicate mayStart) {
        if (anchor == null) {
            return null;
        }
        long lag = -1;
        for (int i = 0; i < t.size(); i++) {
            long l = mayStart.test(i) ? lag(t, i, anchor) : -1;
            if (l < 0) {
                continue;
            }
            if (l == 0 || lag >= 0 && l != lag) {
                return anchor; // a pair fits the publication date, or the pairs disagree
            }
            lag = l;
        }
        return lag > 0 && lag <= MAX_LAG ? anchor.minusDays(lag) : anchor;
    }

    /** Days between the relative day at i ("أمس") and the weekday after it ("الثلاثاء"), or -1 without a pair. */
    private long lag(List<Token> t, int i, LocalDate anchor) {
        int rel = lexicon.phraseLength(t, i, "relative");
        if (rel == 0) {
            return -1;
        }
        String offset = lexicon.word(lexicon.key(t, i, rel)).value();
        if (!offset.endsWith("d") || offset.startsWith("+")) {
            return -1; // "الأسبوع الماضي", "غدا": no day written
        }
        Integer wd = lexicon.weekday(t, i + rel, true);
        if (wd == null) {
            return -1;
        }
        LocalDate said = anchor.plusDays(Long.parseLong(offset.substring(0, offset.length() - 1)));
        LocalDate named = said.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(wd)));
        return ChronoUnit.DAYS.between(named, said);
    }
}
