package org.rasid.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The sides of a fight or a deal written "بين X و Y" after its trigger. Adverbs of time, manner and a
 * second noun may come between the trigger and بين ("اشتباكات وصفت بالعنيفة دارت، فجر السبت، بين",
 * "اشتباكات وتبادل للقصف المدفعي بين"), so بين is looked for a few words on, as long as no actor is
 * named before it (then بين belongs to another phrase). "بين X من جهة، وY": X and Y; when the first
 * actor after بين comes after "من جهة" and is joined by و ("بين المقاتلين المحليين من جهة، وقوات
 * النظام") the first side is no known actor: null.
 */
final class ClashSides {
    private static final String BAYN = "بين";
    /** At most this many words between the trigger and بين. */
    private static final int MAX_GAP = 8;
    /** At most this many when "من طرف" or "من جهة" frames the sides after بين. */
    private static final int FRAMED_GAP = 16;
    /** "من بين" (among), "ما بين" (from … to): no sides follow. */
    private static final List<String> NOT_SIDES = List.of("من", "ما");

    private ClashSides() {
    }

    /** The sides in order (the first may be null: unnamed), or an empty list when no بين is written. */
    static List<RoledActor> of(Sentence s, TriggerMention t, List<RoledActor> sides, EventWords words) {
        return of(s, t, sides, words, MAX_GAP, Integer.MAX_VALUE);
    }

    /**
     * The sides when بين comes at most maxGap words after the trigger and the first side at most firstGap
     * words after بين ("بين غارات وقصف بالبراميل، نفذتها قوات النظام وروسيا": no sides of a fight).
     */
    static List<RoledActor> of(Sentence s, TriggerMention t, List<RoledActor> sides, EventWords words, int maxGap,
                               int firstGap) {
        int clause = s.clause[t.tokenStart()];
        int bayn = bayn(s, t, sides, maxGap, words);
        List<RoledActor> ordered = new ArrayList<>();
        if (bayn < 0) {
            return ordered;
        }
        for (RoledActor a : sides) {
            // "بين X و Y": the first side right after بين, the others joined by و ("فشل مفاوضات بين قوات
            // النظام والتنظيم"), not a party named later in the clause ("… بين الفصائل، بعد رفضها المصالحة مع النظام")
            if (a.token() <= bayn || s.clause[a.token()] != clause) {
                continue;
            }
            if (ordered.isEmpty() && joined(s, a) && sideMarker(s, bayn, a.token(), words)) {
                ordered.add(null); // "بين مسلحين محليين من جهة، وقوات النظام": the first side is no known actor
            }
            boolean first = ordered.isEmpty() && a.token() - bayn <= firstGap;
            RoledActor last = ordered.isEmpty() ? null : ordered.get(ordered.size() - 1);
            // "بين الطرفين": one word that names both sides
            boolean both = last != null && last.token() == a.token();
            if (first || both || !ordered.isEmpty() && joined(s, a)) {
                ordered.add(a);
            }
        }
        for (int i = bayn + 1; i + 1 < s.tokens.size() && s.clause[i] == clause && ordered.size() > 1; i++) {
            if (sideAt(s, i, words)) {
                RoledActor firstSide = ordered.get(0);
                List<RoledActor> two = new ArrayList<>();
                two.add(firstSide);
                for (RoledActor a : ordered) {
                    if (a != null && a.token() > i && (firstSide == null || !a.id().equals(firstSide.id()))) {
                        two.add(a);
                        return two;
                    }
                }
                // "بين حزب الله وقوات النظام من جهة، والمعارضة": all named before "من جهة" are one side
                return firstSide == null ? ordered : two;
            }
        }
        return ordered;
    }

    /**
     * "وقوات النظام", "و «جيش الفتح»", "والرئيس الإيراني، حسن روحاني": the conjunction و on one of the
     * mention's first word and the three words before it.
     */
    private static boolean joined(Sentence s, RoledActor a) {
        int start = s.tokens.get(a.token()).start();
        int mention = s.doc.fromOriginal(a.m().span().start());
        if (s.doc.text().substring(start, Math.max(start, mention)).indexOf(Sentence.AND) >= 0) {
            return true;
        }
        for (int i = a.token() - 1; i >= Math.max(0, a.token() - 3); i--) {
            if (s.word(i).equals("و") || s.afterProclitic(i, "و") != null) {
                return true;
            }
        }
        return false;
    }

    /** "من جهة", "من طرف" between بين and a word: the first side was written but is no known actor. */
    private static boolean sideMarker(Sentence s, int bayn, int to, EventWords words) {
        for (int i = bayn + 1; i + 1 < to; i++) {
            if (sideAt(s, i, words)) {
                return true;
            }
        }
        return false;
    }

    /** "من جهة", "من طرف" (event_words.tsv side) at word i; word i + 1 exists. */
    private static boolean sideAt(Sentence s, int i, EventWords words) {
        return s.word(i).equals("من") && words.is("side", s.word(i + 1));
    }

    /**
     * The token of بين in the trigger's clause, with no side named between the trigger and it, or -1. Past
     * maxGap words (a list of fronts, "دارت اشتباكات على أطراف حي الخالدية وعلى محاور دوار شيحان والليرمون
     * شمال حلب، بين قوات النظام … من طرف، وغرفة عمليات فتح حلب من طرف آخر"), بين still opens the sides
     * when "من طرف" or "من جهة" follows it: the round-up's own frame of a two-sided fight.
     */
    private static int bayn(Sentence s, TriggerMention t, List<RoledActor> sides, int maxGap, EventWords words) {
        int clause = s.clause[t.tokenStart()];
        int reach = maxGap < MAX_GAP ? maxGap : FRAMED_GAP;
        int last = Math.min(s.tokens.size(), t.tokenEnd() + reach);
        for (int i = t.tokenEnd(); i < last && s.clause[i] == clause; i++) {
            for (RoledActor a : sides) {
                if (a.token() == i) {
                    return -1;
                }
            }
            if (s.word(i).equals(BAYN) && (i == 0 || !NOT_SIDES.contains(s.word(i - 1)))) {
                return i - t.tokenEnd() < maxGap || framed(s, i, clause, words) ? i : -1;
            }
        }
        return -1;
    }

    /** "من طرف" or "من جهة" after بين in its clause. */
    private static boolean framed(Sentence s, int bayn, int clause, EventWords words) {
        for (int i = bayn + 1; i + 1 < s.tokens.size() && s.clause[i] == clause; i++) {
            if (sideAt(s, i, words)) {
                return true;
            }
        }
        return false;
    }
}
