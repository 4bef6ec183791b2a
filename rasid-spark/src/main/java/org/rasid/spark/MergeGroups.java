package org.rasid.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rasid.model.Event;

/**
 * Cuts the corpus's events into groups that a merge can never cross: two reports of one
 * real-world event share their class (ACLED type, or CAMEO root for verbal events) and their
 * governorate, so each group is merged on its own, on any executor, with the same result as
 * one merge over the whole corpus. Inside a group events are put in one fixed order
 * (date, document, story, id) so the merge does not depend on partitioning.
 */
final class MergeGroups {
    static final Comparator<Event> ORDER = Comparator
            .comparing((Event e) -> e.eventDate() == null ? "" : e.eventDate())
            .thenComparing(e -> e.doc() == null ? "" : e.doc())
            .thenComparingInt(Event::story)
            .thenComparing(e -> e.id() == null ? "" : e.id());

    private MergeGroups() {
    }

    /** The group of an event: class and admin1 ("-" when unknown). */
    static String key(Event e) {
        String cls = e.acledType() != null ? e.acledType() : "cameo:" + (e.cameo() == null ? "-" : e.cameo());
        return cls + "\u001f" + (e.admin1() == null ? "-" : e.admin1());
    }

    static List<Event> ordered(Iterable<Event> events) {
        List<Event> out = new ArrayList<>();
        events.forEach(out::add);
        out.sort(ORDER);
        return out;
    }
}
