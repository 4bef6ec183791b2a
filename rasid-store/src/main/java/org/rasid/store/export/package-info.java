/**
 * Event exports: ACLED-column CSV, GeoJSON, JSON Lines and GeoPackage.
 *
 * <p>In: events, one at a time, from {@code EventStore.forEachEvent} (so an export never holds
 * the whole store in memory). Out: a file or stream in the chosen {@link
 * org.rasid.store.export.ExportFormat}, written by an {@link org.rasid.store.export.EventWriter}.
 */
package org.rasid.store.export;
