package org.rasid.merge;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where a report stands in the one order every merge follows (issue 15): the order of arrival.
 * Inputs in the order given, the files of a folder in path order (as the readers walk them),
 * the records of a file in file order, a document's reports in the order the pipeline
 * extracted them. `extract --merge` and the store meet reports in this order; a job that sees
 * them out of order (Spark) sorts by it before {@link EventMerger#merge}, and so merges as they do.
 *
 * @param input  index of the input among those given
 * @param file   the file's path inside the input (empty for a single-file input)
 * @param record the document's position in its file (a line's byte offset, a WARC record's index)
 * @param report the report's index among its document's events
 */
public record Arrival(int input, String file, long record, int report) implements Comparable<Arrival>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final Comparator<Arrival> ORDER = Comparator.comparingInt(Arrival::input)
            .thenComparing(Arrival::file).thenComparingLong(Arrival::record).thenComparingInt(Arrival::report);

    public Arrival {
        file = file == null ? "" : file;
    }

    /** The same document's report number {@code n}. */
    public Arrival report(int n) {
        return new Arrival(input, file, record, n);
    }

    @Override
    public int compareTo(Arrival o) {
        return ORDER.compare(this, o);
    }
}
