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
 * @param tieKm     an event out of reach joins all the same when its sentence is one of the
 *                  episode's and it lies this close (0: never): twin towns of one deal
 * @param gapDays   an event joins when it comes at most this many days after the episode's last dated event
 * @param minEvents episodes with fewer events are not reported
 */
public record EpisodeKind(String id, String track, int weight, double reachKm, double spanKm, double tieKm, int gapDays,
                          int minEvents, String labelEn, String labelAr) {
}
