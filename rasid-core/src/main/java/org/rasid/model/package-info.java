/**
 * The event model every module shares: {@link org.rasid.model.Event} (DESIGN.md's record, fixed
 * JSON field names), its {@link org.rasid.model.Evidence}, {@link org.rasid.model.Source}s and
 * {@link org.rasid.model.CasualtyClaim}s.
 *
 * <p><b>In:</b> records built by the event extractor (org.rasid.events) and the merger
 * (org.rasid.merge), or read back from JSON by the store and the Spark job.
 * <b>Out:</b> JSON through {@link org.rasid.model.RecordJson}, the one mapper of the records, so
 * the JSON Lines output, the exports and the HTTP API write the same bytes for the same record;
 * ids through {@link org.rasid.model.Sha256}.
 *
 * <p>Records only: no Arabic processing and no dependency on other Rasid packages.
 */
package org.rasid.model;
