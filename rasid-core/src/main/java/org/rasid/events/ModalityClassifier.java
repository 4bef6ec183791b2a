package org.rasid.events;

import java.util.List;

/**
 * Tells whether the event a trigger reports took place, from the cues before it in its clause:
 * negation, plan, expectation, condition, future, sound heard, topic, background, aggregate,
 * purpose (ل + verbal noun, unless a verb such as "تعرضت" governs it) and the content of a
 * verbal act ("هددت بإبادة", "نفى … توجه"). Verbal triggers are the acts themselves: only
 * negation, condition, expectation, purpose and future cancel them.
 */
public final class ModalityClassifier {
    private static final int NEAR = 4;
    private static final int MID = 6;

    public Modality classify(Sentence s, TriggerMention t, List<TriggerMention> all) {
        int clause = s.clause[t.tokenStart()];
        if (t.future()) {
            return Modality.FUTURE;
        }
        Modality found = null;
        for (EventCues.Cue c : s.cues) {
            boolean before = c.tokenEnd() <= t.tokenStart();
            int gap = t.tokenStart() - c.tokenEnd();
            boolean sameClause = s.clause[c.tokenStart()] == clause;
            if (c.kind().equals("expected") && s.word(c.tokenStart()).endsWith("قد") && !imperfectAfter(s, c)) {
                continue; // "كان … قد نفى": قد before a past verb is "already", not "may"
            }
            Modality m = switch (c.kind()) {
                case "negated" -> before && sameClause && gap < NEAR ? Modality.NEGATED : null;
                case "planned" -> before && sameClause && gap < MID ? Modality.PLANNED : null;
                case "expected" -> before && sameClause && gap < MID ? Modality.EXPECTED : null;
                case "conditional" -> before && sameClause ? Modality.CONDITIONAL : null;
                case "future" -> sameClause && (before && gap < NEAR
                        || c.tokenStart() >= t.tokenEnd() && c.tokenStart() - t.tokenEnd() < 2) ? Modality.FUTURE : null;
                case "heard" -> before && sameClause && gap < NEAR ? Modality.HEARD : null;
                case "topic" -> before && sameClause && gap < 3 ? Modality.TOPIC : null;
                case "generic" -> before && gap < 2 ? Modality.GENERIC : null;
                case "background" -> before ? Modality.BACKGROUND : null;
                default -> null;
            };
            if (m != null && (found == null || rank(m) > rank(found))) {
                found = m;
            }
        }
        if (t.trigger().isVerbal()) {
            return found == Modality.NEGATED || found == Modality.CONDITIONAL || found == Modality.EXPECTED
                    || found == Modality.FUTURE || found == Modality.BACKGROUND ? found : Modality.OCCURRED;
        }
        if (found != null && found != Modality.BACKGROUND) {
            return found;
        }
        if (isPurpose(s, t)) {
            return Modality.PURPOSE;
        }
        for (TriggerMention v : all) {
            if (v != t && v.trigger().isVerbal() && v.tokenEnd() <= t.tokenStart()
                    && s.clause[v.tokenStart()] == clause && !"04".equals(v.trigger().cameo())) {
                return Modality.CONTENT;
            }
            if (v != t && v.trigger().isVerbal() && "04".equals(v.trigger().cameo()) && v.tokenEnd() <= t.tokenStart()
                    && t.tokenStart() - v.tokenEnd() <= 2) {
                return Modality.CONTENT; // "تفاوض على إجلاء"
            }
        }
        return found == null ? Modality.OCCURRED : found;
    }

    /** "لإجلاء", "للسيطرة": ل on a verbal noun states a purpose, unless a verb like تعرض governs it. */
    private static boolean isPurpose(Sentence s, TriggerMention t) {
        if (!t.prefix().contains("ل") || !"N".equals(t.trigger().pos())) {
            return false;
        }
        int clause = s.clause[t.tokenStart()];
        for (EventCues.Cue c : s.cues("complement")) {
            if (c.tokenEnd() <= t.tokenStart() && s.clause[c.tokenStart()] == clause) {
                return false;
            }
        }
        return true;
    }

    private static boolean imperfectAfter(Sentence s, EventCues.Cue c) {
        if (c.tokenEnd() >= s.tokens.size()) {
            return false;
        }
        String w = s.word(c.tokenEnd());
        return !w.isEmpty() && "يتن".indexOf(w.charAt(0)) >= 0;
    }

    private static int rank(Modality m) {
        return switch (m) {
            case BACKGROUND -> 0;
            case TOPIC, GENERIC, HEARD -> 1;
            case EXPECTED, PLANNED -> 2;
            case FUTURE -> 3;
            case CONDITIONAL -> 4;
            case NEGATED -> 5;
            default -> 0;
        };
    }
}
