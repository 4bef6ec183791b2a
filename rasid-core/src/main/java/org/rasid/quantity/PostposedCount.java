package org.rasid.quantity;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.Set;
import org.rasid.lexicon.Particles;
import org.rasid.text.Token;

/**
 * A death verb told before its subject may put its adjuncts first and its victims last: "وقتل الخميس،
 * وفق المرصد، 8 مدنيين في قصف", "وقتل ليلا في مدينة عربين أكثر من 50 شخصا", "وقتل فيها، بحسب ناشطين،
 * خمسة مدنيين". The count is the first figure of the verb's clause, within {@link #REACH} tokens, that is
 * followed by its victims (a victim noun or an actor). An aside between commas is passed whatever it
 * names; a number of anything else ("طال 3 قرى") is passed. The clause ends at a full stop, at another
 * casualty word ("قتل في الغارة، وأصيب 5 مدنيين": the 5 are hurt), at victims named without a figure
 * ("قتل فيها مدنيون بينهم 3 أطفال": the 3 are some of them), at another report opened after a comma
 * ("، فيما قتل"), at a running total ("منذ الجمعة") and at a verb joined by و right after the death verb
 * ("قتلت وأصابت عددا": killed and hurt, the split not told). A vague amount ("عشرات") is no count here:
 * told so far from its verb it may be anything's.
 */
final class PostposedCount {
    /** How far after the verb its count may be. */
    static final int REACH = 7;
    /** How many words an aside between commas may have ("، وفق المرصد السوري لحقوق الإنسان،"). */
    private static final int ASIDE = 7;
    /** "قتلت وأصابت عددا من الأشخاص": a verb joined to the death verb shares its victims, whose split is not told. */
    private static final char CONJUNCTION = 'و';
    /** "وقتل منذ الجمعة عشرات المدنيين": a count since a day is a running total, no incident's toll. */
    private static final String SINCE = Particles.word("since");
    /** "كما", "بينما", "فيما": another report starts after a comma. */
    private static final Set<String> REPORT_OPENERS = Particles.words("report_opener");

    private PostposedCount() {
    }

    /**
     * The token where the count of the verb ending at {@code end} starts, or -1.
     *
     * @param clauseBreak whether a break other than a comma comes right before a token
     * @param commaBefore whether a comma comes right before a token
     * @param casualty    whether a casualty word (or one of its stop words) starts at a token
     * @param count       the token after a number written as a figure starting at a token, or -1 when none starts there
     * @param victims     whether a victim noun or an actor starts at a token
     */
    static int countAt(List<Token> t, int end, IntPredicate clauseBreak, IntPredicate commaBefore,
                       IntPredicate casualty, IntUnaryOperator count, IntPredicate victims,
                       String partitive) {
        for (int x = end; x < Math.min(t.size(), end + REACH); x++) {
            if (clauseBreak.test(x) || casualty.test(x) || SINCE.equals(t.get(x).text())
                    || x == end && t.get(x).text().charAt(0) == CONJUNCTION
                    || commaBefore.test(x) && REPORT_OPENERS.contains(t.get(x).text())) {
                return -1;
            }
            int closing = commaBefore.test(x) ? closingComma(t, x, commaBefore) : -1;
            if (closing > 0) {
                x = closing - 1; // "، بحسب ناشطين،": an attribution between commas, whoever it names
                continue;
            }
            int after = count.applyAsInt(x);
            if (after < 0) {
                if (victims.test(x)) {
                    return -1;
                }
                continue;
            }
            int noun = after < t.size() && t.get(after).text().equals(partitive) ? after + 1 : after; // "50 من عناصر"
            if (noun < t.size() && victims.test(noun)) {
                return x;
            }
            x = after - 1; // a number of something else ("طال 3 قرى"), or a weekday read as one ("الاثنين")
        }
        return -1;
    }

    /** The token after the comma that closes a short aside opened by a comma before token {@code x}, or -1. */
    private static int closingComma(List<Token> t, int x, IntPredicate commaBefore) {
        for (int y = x + 1; y < Math.min(t.size(), x + ASIDE); y++) {
            if (commaBefore.test(y)) {
                return y;
            }
        }
        return -1;
    }
}
