package org.rasid.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasid.model.Event;

/**
 * The reports of one event so far, in the order they joined, with why each joined: the state
 * {@link EventMerger} keeps per group, public so that a store can keep it between runs and go
 * on merging (restore the members, ask {@link #accepts}, {@link #add}) with the same result as
 * one merge over every report in arrival order.
 */
public final class MergeGroup {
    private final List<Event> members = new ArrayList<>();
    private final Set<String> reasons = new LinkedHashSet<>();
    private final String firstDoc;
    private boolean manyDocs;
    private final Set<String> exactPlaces = new HashSet<>(2);

    public MergeGroup(Event first) {
        firstDoc = first.doc();
        members.add(first);
        noteExact(first);
    }

    /** Adds a report that {@link #accepts} took, with the reasons it gave. */
    public void add(Event e, List<String> why) {
        members.add(e);
        reasons.addAll(why);
        manyDocs |= !firstDoc.equals(e.doc());
        noteExact(e);
    }

    /** The reports, in the order they joined. */
    public List<Event> members() {
        return List.copyOf(members);
    }

    /** The event the group stands for: its one report, or the reports combined. */
    public Event event() {
        return members.size() == 1 ? members.get(0) : EventCombiner.combine(members, new ArrayList<>(reasons));
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
    public List<String> accepts(Event e) {
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
        if (MergeRules.anotherIncident(members, e)) {
            return null; // "15 جنديا قتلوا" on Friday, "مقتل 8 من جنودها" on Thursday: two incidents
        }
        if (MergeRules.listMate(members, e)) {
            return null; // two places of one sentence's list, whatever report between them agrees with both
        }
        // another precise place in the group keeps e out, unless a repeated toll ties it to a report
        boolean otherPlace = exact(e) && !exactPlaces.isEmpty()
                && !(exactPlaces.size() == 1 && exactPlaces.contains(e.placeId()));
        for (Event o : members) {
            List<String> r = MergeRules.reasons(o, e);
            if (r != null && (!otherPlace || byToll(r))) {
                return r;
            }
        }
        return null;
    }

    private static boolean byToll(List<String> why) {
        for (String w : why) {
            if (w.startsWith(MergeRules.SAME_TOLL)) {
                return true;
            }
        }
        return false;
    }

    private static boolean exact(Event e) {
        return e.placeId() != null && MergeRules.prec(e) == 1;
    }

    /**
     * The epoch day of a report's own date, or null when it has none: across documents only
     * reports with days at most {@link #window} apart can agree.
     */
    public static Long day(Event e) {
        LocalDate d = MergeRules.date(e.eventDate());
        return d == null ? null : d.toEpochDay();
    }

    /** How many days from a report's day another report of its event can lie (1, 7 or 31). */
    public static long window(Event e) {
        return MergeRules.allowedDays(MergeRules.tp(e));
    }
}
