package org.rasid.merge;

import java.util.ArrayList;
import java.util.List;
import org.rasid.model.Event;

/**
 * The quadratic search of EventMerger as it was before its candidate index (commit e433d68):
 * every report against every group so far. EventMergerEquivalenceTest compares the indexed
 * merger with it; both use the same pairwise rules (MergeRules.reasons) and the same
 * combination, so the test checks that the index finds exactly the groups the full scan finds.
 * Do not optimise.
 *
 * Makes one event of the reports of one real-world event: told twice in a document (a digest
 * that repeats itself) or by several outlets. Two events merge when they have the same class
 * (ACLED type and sub-type, or CAMEO root for verbal events), the same place (or the same
 * admin2 when one of them is vaguer), dates within a day (a week or a month when a date is that
 * imprecise; across documents both dates must be known) and actors that do not contradict each
 * other. The merged event lists why ({@code merge_reasons}) and what it was made of
 * ({@code merged_from}), keeps every source's casualty claim and takes ACLED's lowest figure.
 */
final class NaiveEventMerger {
    public List<Event> merge(List<Event> events) {
        List<List<Event>> groups = new ArrayList<>();
        List<List<String>> reasons = new ArrayList<>();
        for (Event e : events) {
            int joined = -1;
            for (int g = 0; g < groups.size() && joined < 0; g++) {
                List<String> why = null;
                boolean allAgree = true;
                for (Event o : groups.get(g)) {
                    List<String> r = MergeRules.reasons(o, e);
                    if (r == null) {
                        allAgree = false;
                    } else if (why == null) {
                        why = r;
                    }
                }
                // inside a document one agreeing report is enough; across outlets every report must agree
                boolean cross = crossDoc(groups.get(g), e);
                boolean apart = !cross && (MergeRules.anotherIncident(groups.get(g), e) || MergeRules.listMate(groups.get(g), e));
                boolean accept = cross ? allAgree : conflictsNone(groups.get(g), e) && !apart;
                if (!accept) {
                    why = null;
                }
                if (!accept && !cross && !apart) {
                    // a repeated toll ties a report to another precise place of its district
                    for (Event o : groups.get(g)) {
                        List<String> r = MergeRules.reasons(o, e);
                        if (r != null && r.stream().anyMatch(x -> x.startsWith(MergeRules.SAME_TOLL))) {
                            why = r;
                            break;
                        }
                    }
                }
                if (why != null) {
                    joined = g;
                    for (String x : why) {
                        if (!reasons.get(g).contains(x)) {
                            reasons.get(g).add(x);
                        }
                    }
                }
            }
            if (joined >= 0) {
                groups.get(joined).add(e);
            } else {
                List<Event> g = new ArrayList<>();
                g.add(e);
                groups.add(g);
                reasons.add(new ArrayList<>());
            }
        }
        List<Event> out = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            out.add(groups.get(g).size() == 1 ? groups.get(g).get(0) : EventCombiner.combine(groups.get(g), reasons.get(g)));
        }
        return out;
    }

    private static boolean crossDoc(List<Event> group, Event e) {
        for (Event o : group) {
            if (!o.doc().equals(e.doc())) {
                return true;
            }
        }
        return false;
    }

    /** No report of the group names another place precisely or other actors on a fixed side. */
    private static boolean conflictsNone(List<Event> group, Event e) {
        for (Event o : group) {
            boolean bothExact = o.placeId() != null && e.placeId() != null && MergeRules.prec(o) == 1 && MergeRules.prec(e) == 1;
            if (bothExact && !o.placeId().equals(e.placeId())) {
                return false;
            }
        }
        return true;
    }
}
