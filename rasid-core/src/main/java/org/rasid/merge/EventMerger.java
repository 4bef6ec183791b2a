package org.rasid.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * {@link MergeRules} decides a pair, {@link EventCombiner} makes one event of a group.
 */
public final class EventMerger {
    public List<Event> merge(List<Event> events) {
        List<Group> groups = new ArrayList<>();
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
                groups.add(new Group(e));
            }
            index.add(e, joined);
        }
        List<Event> out = new ArrayList<>(groups.size());
        for (Group g : groups) {
            out.add(g.members.size() == 1 ? g.members.get(0)
                    : EventCombiner.combine(g.members, new ArrayList<>(g.reasons)));
        }
        return out;
    }

    /** The reports of one event so far, with what the acceptance rules need kept up to date. */
    private static final class Group {
        final List<Event> members = new ArrayList<>();
        final Set<String> reasons = new LinkedHashSet<>();
        private final String firstDoc;
        private boolean manyDocs;
        private final Set<String> exactPlaces = new HashSet<>(2);

        Group(Event first) {
            firstDoc = first.doc();
            members.add(first);
            noteExact(first);
        }

        void add(Event e, List<String> why) {
            members.add(e);
            reasons.addAll(why);
            manyDocs |= !firstDoc.equals(e.doc());
            noteExact(e);
        }

        private void noteExact(Event e) {
            if (exact(e)) {
                exactPlaces.add(e.placeId());
            }
        }

        /**
         * Why e belongs here, or null. Inside a document one agreeing report is enough (and no
         * report may name another place precisely); across outlets every report must agree.
         */
        List<String> accepts(Event e) {
            boolean crossDoc = manyDocs || !firstDoc.equals(e.doc());
            if (crossDoc) {
                List<String> why = null;
                for (Event o : members) {
                    List<String> r = MergeRules.reasons(o, e);
                    if (r == null) {
                        return null;
                    }
                    if (why == null) {
                        why = r;
                    }
                }
                return why;
            }
            if (exact(e) && !exactPlaces.isEmpty() && !(exactPlaces.size() == 1 && exactPlaces.contains(e.placeId()))) {
                return null;
            }
            for (Event o : members) {
                List<String> r = MergeRules.reasons(o, e);
                if (r != null) {
                    return r;
                }
            }
            return null;
        }
    }

    private static boolean exact(Event e) {
        return e.placeId() != null && MergeRules.prec(e) == 1;
    }
}
