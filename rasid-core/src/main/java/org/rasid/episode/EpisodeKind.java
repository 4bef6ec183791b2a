package org.rasid.episode;

/**
 * A kind of storyline (a row of episodes/kinds.tsv) and how far one episode of it reaches.
 *
 * @param id        negotiation, siege, evacuation_deal, truce, offensive …
 * @param track     kinds of one track share episodes; the episode takes the kind of highest weight
 * @param weight    rank of the kind inside its track
 * @param reachKm   an event joins when it lies this close to one of the episode's event places
 * @param spanKm    and no farther than this from the episode's first place, so that a chain of
 *                  reaches does not carry one area's storyline into the next area
 * @param gapDays   an event joins when it comes at most this many days after the episode's last dated event
 * @param minEvents episodes with fewer events are not reported
 */
public record EpisodeKind(String id, String track, int weight, double reachKm, double spanKm, int gapDays,
                          int minEvents, String labelEn, String labelAr) {
}
