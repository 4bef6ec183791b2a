package org.rasid.merge;

import org.rasid.model.Event;

/**
 * The part of a corpus a merge never leaves: two reports {@link MergeRules} lets meet share
 * their class (ACLED type, or the CAMEO root of a verbal event) and their governorate, so the
 * reports of each part, merged on their own in {@link Arrival} order, give the events one
 * {@link EventMerger} run over the whole corpus gives. A distributed job (Spark) merges part
 * by part.
 */
public final class MergePartition {
    private MergePartition() {
    }

    /** The part of a report: class and admin1 ("-" when unknown). */
    public static String of(Event e) {
        String cls = e.acledType() != null ? e.acledType() : "cameo:" + (e.cameo() == null ? "-" : e.cameo());
        return cls + "\u001f" + (e.admin1() == null ? "-" : e.admin1());
    }
}
