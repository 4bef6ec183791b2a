package org.rasid.spark;

import java.util.List;
import org.rasid.model.Event;
import org.rasid.merge.EventMerger;

/**
 * Merges one group of events (see {@link MergeGroups}) with the project's EventMerger, the same
 * merger the single-machine run uses: the Spark job only decides which events meet.
 */
final class CorpusMerge {
    private static final EventMerger MERGER = new EventMerger();

    private CorpusMerge() {
    }

    static List<Event> merge(List<Event> ordered) {
        return MERGER.merge(ordered);
    }
}
