package org.rasid.merge;

import java.util.ArrayList;
import java.util.List;
import org.rasid.model.Event;

/**
 * Makes one event of the reports of one real-world event: told twice in a document (a digest
 * that repeats itself) or by several outlets. Two events merge when they have the same class
 * (ACLED type and sub-type, or CAMEO root for verbal events), the same place (or the same
 * admin2 when one of them is vaguer), dates within a day (a week or a month when a date is that
 * imprecise; across documents both dates must be known) and actors that do not contradict each
 * other. The merged event lists why ({@code merge_reasons}) and what it was made of
 * ({@code merged_from}), keeps every source's casualty claim and takes ACLED's lowest figure.
 *
 * <p>Each report joins the earliest group that accepts it, in input order. Groups are found
 * through an index by class, place key and day, so a report is compared only with groups that
 * could take it: the cost grows with the reports of the same event, not with the corpus (the
 * quadratic scan it replaced is kept in the tests as the reference it must equal).
 *
 * <p>The jobs are split: {@link CandidateIndex} finds the groups that could take a report,
 * {@link MergeRules} decides a pair, {@link MergeGroup} holds a group and {@link EventCombiner}
 * makes one event of it.
 */
public final class EventMerger {
    public List<Event> merge(List<Event> events) {
        List<MergeGroup> groups = new ArrayList<>();
        CandidateIndex index = new CandidateIndex();
        for (Event e : events) {
            int joined = -1;
            // the earliest group that accepts e, as a scan of every group would find it: a group
            // that is not a candidate has no report that agrees with e, so it could not accept it
            for (int g : index.candidates(e)) {
                List<String> why = groups.get(g).accepts(e);
                if (why != null) {
                    groups.get(g).add(e, why);
                    joined = g;
                    break;
                }
            }
            if (joined < 0) {
                joined = groups.size();
                groups.add(new MergeGroup(e));
            }
            index.add(e, joined);
        }
        List<Event> out = new ArrayList<>(groups.size());
        for (MergeGroup g : groups) {
            out.add(g.event());
        }
        return out;
    }
}
