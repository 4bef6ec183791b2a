/**
 * The event database of a data folder.
 *
 * <p>In: processed documents ({@code org.rasid.pipeline.DocumentResult}: document, stories,
 * events with evidence) and their content hashes, through {@link org.rasid.store.EventStore#add}
 * or the {@link org.rasid.store.Ingester}, which runs the pipeline once per new text. Out:
 * events, documents, stories and sources by id or by {@link org.rasid.store.EventQuery}
 * (filters, text query, page), counts ({@link org.rasid.store.Stats}) and full-text story
 * search ({@link org.rasid.store.SearchHit}), for the server, the exports and the CLI.
 *
 * <p>Inside: the SQL tables (SQLite file {@code rasid.db} or PostgreSQL; one Flyway script,
 * {@code db/migration}, dialect differences in {@code Dialect}; HikariCP pool) are the truth.
 * {@code DocumentWriter} writes them, {@code IndexSync} keeps the Lucene index
 * ({@code StoryIndex} with {@code IndexFields}, {@code IndexQueries}, {@code FacetCollector},
 * {@code SearchSnippets}) in step, {@code EventReader} and {@code StatsCounter} answer reads.
 * One process writes a folder at a time ({@code WriterLock}); any number read it.
 */
package org.rasid.store;
