/**
 * Episodes: storylines over time (sieges, offensives, negotiations, truces, evacuation and
 * reconciliation deals) built from events linked by place and time.
 *
 * <p><b>In:</b> events, best merged across outlets, from any {@link org.rasid.episode.EventSupply}
 * (an extract output file through {@link org.rasid.episode.EventLines}, a store).
 * <b>Rules:</b> {@link org.rasid.episode.EpisodeRules}, all data (rasid/data/episodes/*.tsv).
 * <b>Out:</b> {@link org.rasid.episode.Episode}s, each with its events and its state timeline of
 * {@link org.rasid.episode.EpisodeState}s, each naming the event and sentence that caused it.
 */
package org.rasid.episode;
