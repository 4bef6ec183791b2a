package org.rasid.episode;

import java.util.List;
import java.util.Set;
import org.rasid.model.Event;

/**
 * One rule of episodes/moves.tsv: an event of these classes, with one of these cues in its
 * sentence and none of those, takes an episode of this kind to this state, once the episode
 * has reached the rank {@code after}.
 */
public record EpisodeMove(EpisodeKind kind, String state, String stateAr, int rank, int after, Effect effect, List<String> classes,
                          Set<String> cues, Set<String> unless) {
    /** {@link #after} of a move that needs no earlier state. */
    public static final int ANY = Integer.MIN_VALUE;

    /** What the event may do to episodes. */
    public enum Effect {
        /** may start an episode */
        OPEN,
        /** joins an open episode only */
        ADVANCE,
        /** joins an open episode and ends it */
        CLOSE
    }

    /** Whether the event's class (ACLED type, sub-type, CAMEO root) and its sentence's cue kinds fit. */
    boolean matches(Event e, Set<String> sentenceCues) {
        if (!cues.isEmpty() && cues.stream().noneMatch(sentenceCues::contains)) {
            return false;
        }
        if (unless.stream().anyMatch(sentenceCues::contains)) {
            return false;
        }
        for (String c : classes) {
            if (c.equals("*")
                    || c.equals("type:" + e.acledType())
                    || c.equals("sub:" + e.acledSubType())
                    || c.equals("cameo:" + e.cameo())) {
                return true;
            }
        }
        return false;
    }
}
