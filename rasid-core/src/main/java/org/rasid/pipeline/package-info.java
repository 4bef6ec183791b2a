/**
 * The pipeline. In: one {@link org.rasid.ingest.Document}. Out: its stories and event records
 * (clean, segment, dedup, mentions, events), written as JSON Lines by {@code RecordWriter}. The
 * same {@code Pipeline} object serves the CLI, the server and the Spark job.
 */
package org.rasid.pipeline;
