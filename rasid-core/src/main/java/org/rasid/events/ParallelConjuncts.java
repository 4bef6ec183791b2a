package org.rasid.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conjuncts of a clause that tell acts of one family each at its own place: "غارة من طائرات حربية
 * على مدينة معرة النعمان، وامرأة وطفلها في قصف جوي على قرية جوزف", "بالتزامن مع شن الطيران الحربي غارة
 * على مشفى سراقب، استهدفت غارة أخرى مشفى ... في بلدة كفرنبل". A violent trigger after a comma opens a
 * conjunct of its own when the stretch before it names a town and its own stretch names another: each
 * conjunct is one event at its own places, where the clause would otherwise give one event for all its
 * acts of the family. Triggers of one comma stretch, a definite act (one the reader knows) and a stretch
 * without a town ("، مستهدفة بالصواريخ منازل المدنيين") stay with the act before them.
 */
final class ParallelConjuncts {
    private final Map<Candidate, int[]> bounds = new IdentityHashMap<>(); // siblings change a candidate's hash

    private ParallelConjuncts() {
    }

    /**
     * The conjuncts of the given candidates (violent acts of one family, in text order), grouped by
     * clause.
     */
    static ParallelConjuncts of(Sentence s, List<Candidate> acts, List<Arguments.Place> places) {
        ParallelConjuncts out = new ParallelConjuncts();
        Map<Integer, List<Candidate>> byClause = new HashMap<>();
        for (Candidate c : acts) {
            byClause.computeIfAbsent(s.clause[c.t().tokenStart()], k -> new ArrayList<>()).add(c);
        }
        for (List<Candidate> clause : byClause.values()) {
            out.split(s, clause, places);
        }
        return out;
    }

    private void split(Sentence s, List<Candidate> acts, List<Arguments.Place> places) {
        List<Candidate> sorted = new ArrayList<>(acts);
        sorted.sort((a, b) -> Integer.compare(a.t().tokenStart(), b.t().tokenStart()));
        // the first word of each stretch an act after a comma opens
        int clause = s.clause[sorted.get(0).t().tokenStart()];
        int clauseStart = 0;
        while (s.clause[clauseStart] != clause) {
            clauseStart++;
        }
        int clauseEnd = clauseStart;
        while (clauseEnd < s.clause.length && s.clause[clauseEnd] == clause) {
            clauseEnd++;
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(clauseStart);
        int segment = s.segment[sorted.get(0).t().tokenStart()];
        for (Candidate c : sorted) {
            int tok = c.t().tokenStart();
            // a definite act after the comma is one the reader knows ("بعد ليلة من القصف العنيف على المدينة")
            if (s.segment[tok] != segment && !c.t().trigger().isOutcome() && !ModalityClassifier.definite(s, c.t())) {
                segment = s.segment[tok];
                int first = tok;
                while (first > 0 && s.segment[first - 1] == segment) {
                    first--;
                }
                starts.add(first);
            }
        }
        // a stretch that names no town of its own goes on the conjunct before it: "في مدينة الزبداني ترافق
        // مع تنفيذ الطيران ... ضربات على مناطق في المدينة" strikes the same town
        List<Integer> kept = new ArrayList<>();
        kept.add(starts.get(0));
        for (int i = 1; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : clauseEnd;
            Set<String> before = towns(s, places, kept.get(kept.size() - 1), starts.get(i));
            Set<String> own = towns(s, places, starts.get(i), end);
            own.removeAll(before);
            if (!before.isEmpty() && !own.isEmpty()) {
                kept.add(starts.get(i));
            }
        }
        if (kept.size() < 2) {
            return;
        }
        for (Candidate c : sorted) {
            int tok = c.t().tokenStart();
            int k = kept.size() - 1;
            while (k > 0 && kept.get(k) > tok) {
                k--;
            }
            bounds.put(c, new int[] {k, k == 0 ? 0 : kept.get(k), k + 1 < kept.size() ? kept.get(k + 1) : Integer.MAX_VALUE});
        }
    }

    /**
     * The towns, villages and sites of the sentence (named exactly, or names the gazetteer lacks) in words
     * from..to (exclusive). A region only locates: "غارة على ريف إدلب، حيث قصف بلدات X وY" tells the
     * region's strikes town by town, one report.
     */
    private static Set<String> towns(Sentence s, List<Arguments.Place> places, int from, int to) {
        Set<String> out = new HashSet<>();
        for (Arguments.Place p : places) {
            int tok = s.tokenOf(p.span());
            if (tok >= from && tok < to && (p.placeId() == null || p.geoPrecision() == 1)) {
                out.add(p.locationAr());
            }
        }
        return out;
    }

    /** The conjunct of a candidate within its clause, 0 when its clause is not split. */
    int index(Candidate c) {
        int[] b = bounds.get(c);
        return b == null ? 0 : b[0];
    }

    /** The candidate limited to the places of its conjunct, or as it is when its clause is not split. */
    Candidate limit(Candidate c) {
        int[] b = bounds.get(c);
        return b == null ? c : c.within(b[1], b[2]);
    }
}
