package org.rasid.events;

/**
 * A resolution that calls for something demands it (docs/annotation.md: "a UN Security Council ceasefire
 * resolution is a UN demand (10)"; a resolution is coded by what it decides): "وأصدر مجلس الأمن الدولي قرارا
 * يوم السبت يدعو إلى وقف إطلاق النار" is a demand (10), not an appeal (02). The appeal verb's subject is
 * the resolution noun (event_words.tsv {@code resolution_noun}) at most {@link #REACH} words before it in its
 * clause (a day between). A draft ("مشروع قرار يدعو", "مسودة القرار", event_words.tsv {@code draft_noun} right
 * before the noun) decides nothing and stays what its verb says.
 */
final class ResolutionDemand {
    /** How far before the appeal verb the resolution noun may stand: "قرارا يوم السبت يدعو". */
    private static final int REACH = 3;

    private ResolutionDemand() {
    }

    /** The coding of a verbal act: a demand when an appeal is made by a resolution, else as given. */
    static Coding coding(Sentence s, Candidate c, Coding coding) {
        if (!CameoRoot.APPEAL.equals(coding.cameo())) {
            return coding;
        }
        int at = c.t().tokenStart();
        EventWords words = EventWords.standard();
        for (int k = at - 1; k >= Math.max(0, at - REACH) && s.clause[k] == s.clause[at]; k--) {
            if (words.is("resolution_noun", s.word(k))) {
                boolean draft = k > 0 && words.is("draft_noun", s.word(k - 1));
                return draft ? coding : new Coding(coding.type(), coding.sub(), CameoRoot.DEMAND);
            }
        }
        return coding;
    }
}
